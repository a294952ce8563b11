"""The gates of SPEC: what each one checks, as lists of claims over the stage's frame."""
import numpy as np

from wine_luigi.checks import WARNING, Check, at_least, no_offenders
from wine_luigi.rules import PREMIUM_Z, REASON, ROW, kept, parse

TYPE_WORDS = {"int": "a whole number", "number": "a number", "text": "text"}
# characters a cell can hold; workbook readers cut longer texts to it, so a text this long may be cut
EXCEL_CELL_LIMIT = 32_767


from mutmut.mutation.trampoline import wrap_in_trampoline as _mutmut_mutated, MutantDict
mutants_x_load_checks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_load_checks__mutmut)
def load_checks(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_orig(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_1(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = None
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_2(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c == ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_3(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = None
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_4(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_5(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = None
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_6(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted(None)
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_7(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} | set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_8(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split(None)[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_9(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("XX__XX")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_10(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[1] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_11(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "XX__XX" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_12(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" not in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_13(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(None))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_14(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = None
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_15(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(None, len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_16(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", None, 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_17(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), None, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_18(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, None),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_19(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_20(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_21(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_22(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, ),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_23(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 2, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_24(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "XXthe sheet has no data rows under its headerXX"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_25(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "THE SHEET HAS NO DATA ROWS UNDER ITS HEADER"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_26(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            None, missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_27(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", None,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_28(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            None,
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_29(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_30(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_31(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_32(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(None)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_33(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {'XX, XX'.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_34(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) and 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_35(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(None) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_36(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {'XX, XX'.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_37(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'XXnothingXX'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_38(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'NOTHING'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_39(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(None, repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_40(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", None, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_41(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, None),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_42(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_43(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_44(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, ),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_45(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(None)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_46(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {'XX, XX'.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "columns": len(found)}


def x_load_checks__mutmut_47(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"XXrowsXX": len(raw), "columns": len(found)}


def x_load_checks__mutmut_48(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"ROWS": len(raw), "columns": len(found)}


def x_load_checks__mutmut_49(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "XXcolumnsXX": len(found)}


def x_load_checks__mutmut_50(raw, source):
    """Load gate: data rows present, every required column present exactly once."""
    found = [c for c in raw.columns if c != ROW]
    missing = [c for c in source.required if c not in found]
    repeated = sorted({c.split("__")[0] for c in found if "__" in c} & set(source.required))
    checks = [
        at_least(f"{source.name}_has_data_rows", len(raw), 1, "the sheet has no data rows under its header"),
        no_offenders(
            f"{source.name}_required_columns_present", missing,
            f"missing column(s) {', '.join(missing)} (found: {', '.join(found) or 'nothing'})",
        ),
        no_offenders(f"{source.name}_required_columns_once", repeated, f"column(s) {', '.join(repeated)} appear more than once in the header"),
    ]
    return checks, {"rows": len(raw), "COLUMNS": len(found)}

mutants_x_load_checks__mutmut['_mutmut_orig'] = x_load_checks__mutmut_orig # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_1'] = x_load_checks__mutmut_1 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_2'] = x_load_checks__mutmut_2 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_3'] = x_load_checks__mutmut_3 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_4'] = x_load_checks__mutmut_4 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_5'] = x_load_checks__mutmut_5 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_6'] = x_load_checks__mutmut_6 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_7'] = x_load_checks__mutmut_7 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_8'] = x_load_checks__mutmut_8 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_9'] = x_load_checks__mutmut_9 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_10'] = x_load_checks__mutmut_10 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_11'] = x_load_checks__mutmut_11 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_12'] = x_load_checks__mutmut_12 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_13'] = x_load_checks__mutmut_13 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_14'] = x_load_checks__mutmut_14 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_15'] = x_load_checks__mutmut_15 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_16'] = x_load_checks__mutmut_16 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_17'] = x_load_checks__mutmut_17 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_18'] = x_load_checks__mutmut_18 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_19'] = x_load_checks__mutmut_19 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_20'] = x_load_checks__mutmut_20 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_21'] = x_load_checks__mutmut_21 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_22'] = x_load_checks__mutmut_22 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_23'] = x_load_checks__mutmut_23 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_24'] = x_load_checks__mutmut_24 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_25'] = x_load_checks__mutmut_25 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_26'] = x_load_checks__mutmut_26 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_27'] = x_load_checks__mutmut_27 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_28'] = x_load_checks__mutmut_28 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_29'] = x_load_checks__mutmut_29 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_30'] = x_load_checks__mutmut_30 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_31'] = x_load_checks__mutmut_31 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_32'] = x_load_checks__mutmut_32 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_33'] = x_load_checks__mutmut_33 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_34'] = x_load_checks__mutmut_34 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_35'] = x_load_checks__mutmut_35 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_36'] = x_load_checks__mutmut_36 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_37'] = x_load_checks__mutmut_37 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_38'] = x_load_checks__mutmut_38 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_39'] = x_load_checks__mutmut_39 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_40'] = x_load_checks__mutmut_40 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_41'] = x_load_checks__mutmut_41 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_42'] = x_load_checks__mutmut_42 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_43'] = x_load_checks__mutmut_43 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_44'] = x_load_checks__mutmut_44 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_45'] = x_load_checks__mutmut_45 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_46'] = x_load_checks__mutmut_46 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_47'] = x_load_checks__mutmut_47 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_48'] = x_load_checks__mutmut_48 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_49'] = x_load_checks__mutmut_49 # type: ignore # mutmut generated
mutants_x_load_checks__mutmut['x_load_checks__mutmut_50'] = x_load_checks__mutmut_50 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_quality_checks__mutmut)
def quality_checks(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_orig(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_1(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = None
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_2(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(None)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_3(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = None
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_4(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[1]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_5(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = None
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_6(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(None)
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_7(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(None, rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_8(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", None, f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_9(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], None))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_10(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_11(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_12(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], ))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_13(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = None
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_14(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=None), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_15(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=True), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_16(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = None
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_17(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if (name == key) and False else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_18(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if (name == key) or True else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_19(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "XXrows sharing a key with different valuesXX" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_20(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "ROWS SHARING A KEY WITH DIFFERENT VALUES" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_21(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name != key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_22(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(None)
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_23(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(None, conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_24(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", None, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_25(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, None))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_26(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_27(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_28(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, ))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_29(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = None
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_30(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(None, column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_31(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], None)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_32(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_33(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], )
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_34(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(None)
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_35(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(None, rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_36(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", None, f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_37(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], None))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_38(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_39(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_40(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], ))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_41(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key or not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_42(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_43(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_44(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(None)
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_45(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(None, rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_46(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", None, f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_47(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], None))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_48(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_49(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_50(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], ))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_51(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type != "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_52(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "XXtextXX":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_53(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "TEXT":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_54(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = None
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_55(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(None)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_56(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(None).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_57(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(None).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_58(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(True).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_59(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = None
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_60(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(None)
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_61(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(None, rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_62(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", None, message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_63(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], None))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_64(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_65(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_66(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], ))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_67(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = None
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_68(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() | ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_69(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_70(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(None)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_71(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = None
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_72(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(None)
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_73(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = "XX, XX".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_74(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(None, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_75(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, None))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_76(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_77(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, ))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_78(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(None)
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_79(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(None, rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_80(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", None, f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_81(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], None))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_82(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_83(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_84(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], ))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_85(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name != "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_86(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "XXwebXX":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_87(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "WEB":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_88(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = None
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_89(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) | triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_90(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(None) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_91(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] != "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_92(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "XXmissing_skuXX").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_93(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "MISSING_SKU").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_94(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(True) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_95(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["XXpost_titleXX"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_96(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["POST_TITLE"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_97(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(None)
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_98(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders(None, titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_99(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", None, "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_100(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], None, WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_101(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", None))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_102(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders(titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_103(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_104(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_105(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", ))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_106(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("XXweb_rows_without_sku_have_no_titleXX", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_107(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("WEB_ROWS_WITHOUT_SKU_HAVE_NO_TITLE", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_108(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["XXpost_titleXX"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_109(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["POST_TITLE"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_110(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "XXproducts with a title but no sku: they cannot be sold onlineXX", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_111(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "PRODUCTS WITH A TITLE BUT NO SKU: THEY CANNOT BE SOLD ONLINE", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_112(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = None
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_113(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"XXrowsXX": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_114(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"ROWS": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_115(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "XXkeptXX": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_116(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "KEPT": len(rows), "rejected": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_117(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "XXrejectedXX": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_118(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "REJECTED": int(triaged[REASON].notna().sum()), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_119(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(None), "rejected_by_reason": reasons}


def x_quality_checks__mutmut_120(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "XXrejected_by_reasonXX": reasons}


def x_quality_checks__mutmut_121(triaged, source):
    """Quality gate: after clean and dedup, keys not null and unique, values of their type and allowed."""
    rows = kept(triaged)
    key = source.keys[0]
    checks = []
    for name in source.keys:
        checks.append(no_offenders(f"{source.name}_{name}_not_null", rows.loc[rows[name].isna(), ROW], f"rows with no {name} (sheet rows listed)"))
        conflicting = rows.loc[rows[name].duplicated(keep=False), name]
        what = "rows sharing a key with different values" if name == key else f"{name} linked more than once"
        checks.append(no_offenders(f"{source.name}_{name}_unique", conflicting, f"{what} ({name} listed)"))
    for column in source.columns:
        values, invalid = parse(rows[column.name], column.type)
        checks.append(no_offenders(f"{source.name}_{column.name}_is_{column.type}", rows.loc[invalid, key], f"{column.name} is not {TYPE_WORDS[column.type]} ({key} listed)"))
        if not column.key and not column.nullable:
            checks.append(no_offenders(f"{source.name}_{column.name}_not_null", rows.loc[rows[column.name].isna(), key], f"{column.name} is empty ({key} listed)"))
        if column.type == "text":
            too_long = rows[column.name].str.len().ge(EXCEL_CELL_LIMIT).fillna(False).astype(bool)
            message = f"{column.name} reaches Excel's {EXCEL_CELL_LIMIT:,} characters per cell: the text may have been cut ({key} listed)"
            checks.append(no_offenders(f"{source.name}_{column.name}_fits_a_cell", rows.loc[too_long, key], message))
        if column.allowed:
            outside = values.notna() & ~values.isin(column.allowed)
            allowed = ", ".join(map(str, column.allowed))
            checks.append(no_offenders(f"{source.name}_{column.name}_allowed", rows.loc[outside, key], f"{column.name} not one of {allowed} ({key} listed)"))
    if source.name == "web":
        titled = triaged[(triaged[REASON] == "missing_sku").fillna(False) & triaged["post_title"].notna()]
        checks.append(no_offenders("web_rows_without_sku_have_no_title", titled["post_title"], "products with a title but no sku: they cannot be sold online", WARNING))
    reasons = triaged[REASON].value_counts().to_dict()
    return checks, {"rows": len(triaged), "kept": len(rows), "rejected": int(triaged[REASON].notna().sum()), "REJECTED_BY_REASON": reasons}

mutants_x_quality_checks__mutmut['_mutmut_orig'] = x_quality_checks__mutmut_orig # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_1'] = x_quality_checks__mutmut_1 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_2'] = x_quality_checks__mutmut_2 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_3'] = x_quality_checks__mutmut_3 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_4'] = x_quality_checks__mutmut_4 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_5'] = x_quality_checks__mutmut_5 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_6'] = x_quality_checks__mutmut_6 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_7'] = x_quality_checks__mutmut_7 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_8'] = x_quality_checks__mutmut_8 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_9'] = x_quality_checks__mutmut_9 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_10'] = x_quality_checks__mutmut_10 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_11'] = x_quality_checks__mutmut_11 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_12'] = x_quality_checks__mutmut_12 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_13'] = x_quality_checks__mutmut_13 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_14'] = x_quality_checks__mutmut_14 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_15'] = x_quality_checks__mutmut_15 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_16'] = x_quality_checks__mutmut_16 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_17'] = x_quality_checks__mutmut_17 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_18'] = x_quality_checks__mutmut_18 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_19'] = x_quality_checks__mutmut_19 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_20'] = x_quality_checks__mutmut_20 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_21'] = x_quality_checks__mutmut_21 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_22'] = x_quality_checks__mutmut_22 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_23'] = x_quality_checks__mutmut_23 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_24'] = x_quality_checks__mutmut_24 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_25'] = x_quality_checks__mutmut_25 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_26'] = x_quality_checks__mutmut_26 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_27'] = x_quality_checks__mutmut_27 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_28'] = x_quality_checks__mutmut_28 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_29'] = x_quality_checks__mutmut_29 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_30'] = x_quality_checks__mutmut_30 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_31'] = x_quality_checks__mutmut_31 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_32'] = x_quality_checks__mutmut_32 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_33'] = x_quality_checks__mutmut_33 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_34'] = x_quality_checks__mutmut_34 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_35'] = x_quality_checks__mutmut_35 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_36'] = x_quality_checks__mutmut_36 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_37'] = x_quality_checks__mutmut_37 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_38'] = x_quality_checks__mutmut_38 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_39'] = x_quality_checks__mutmut_39 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_40'] = x_quality_checks__mutmut_40 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_41'] = x_quality_checks__mutmut_41 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_42'] = x_quality_checks__mutmut_42 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_43'] = x_quality_checks__mutmut_43 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_44'] = x_quality_checks__mutmut_44 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_45'] = x_quality_checks__mutmut_45 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_46'] = x_quality_checks__mutmut_46 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_47'] = x_quality_checks__mutmut_47 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_48'] = x_quality_checks__mutmut_48 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_49'] = x_quality_checks__mutmut_49 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_50'] = x_quality_checks__mutmut_50 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_51'] = x_quality_checks__mutmut_51 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_52'] = x_quality_checks__mutmut_52 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_53'] = x_quality_checks__mutmut_53 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_54'] = x_quality_checks__mutmut_54 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_55'] = x_quality_checks__mutmut_55 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_56'] = x_quality_checks__mutmut_56 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_57'] = x_quality_checks__mutmut_57 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_58'] = x_quality_checks__mutmut_58 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_59'] = x_quality_checks__mutmut_59 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_60'] = x_quality_checks__mutmut_60 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_61'] = x_quality_checks__mutmut_61 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_62'] = x_quality_checks__mutmut_62 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_63'] = x_quality_checks__mutmut_63 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_64'] = x_quality_checks__mutmut_64 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_65'] = x_quality_checks__mutmut_65 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_66'] = x_quality_checks__mutmut_66 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_67'] = x_quality_checks__mutmut_67 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_68'] = x_quality_checks__mutmut_68 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_69'] = x_quality_checks__mutmut_69 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_70'] = x_quality_checks__mutmut_70 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_71'] = x_quality_checks__mutmut_71 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_72'] = x_quality_checks__mutmut_72 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_73'] = x_quality_checks__mutmut_73 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_74'] = x_quality_checks__mutmut_74 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_75'] = x_quality_checks__mutmut_75 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_76'] = x_quality_checks__mutmut_76 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_77'] = x_quality_checks__mutmut_77 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_78'] = x_quality_checks__mutmut_78 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_79'] = x_quality_checks__mutmut_79 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_80'] = x_quality_checks__mutmut_80 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_81'] = x_quality_checks__mutmut_81 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_82'] = x_quality_checks__mutmut_82 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_83'] = x_quality_checks__mutmut_83 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_84'] = x_quality_checks__mutmut_84 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_85'] = x_quality_checks__mutmut_85 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_86'] = x_quality_checks__mutmut_86 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_87'] = x_quality_checks__mutmut_87 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_88'] = x_quality_checks__mutmut_88 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_89'] = x_quality_checks__mutmut_89 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_90'] = x_quality_checks__mutmut_90 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_91'] = x_quality_checks__mutmut_91 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_92'] = x_quality_checks__mutmut_92 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_93'] = x_quality_checks__mutmut_93 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_94'] = x_quality_checks__mutmut_94 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_95'] = x_quality_checks__mutmut_95 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_96'] = x_quality_checks__mutmut_96 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_97'] = x_quality_checks__mutmut_97 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_98'] = x_quality_checks__mutmut_98 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_99'] = x_quality_checks__mutmut_99 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_100'] = x_quality_checks__mutmut_100 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_101'] = x_quality_checks__mutmut_101 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_102'] = x_quality_checks__mutmut_102 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_103'] = x_quality_checks__mutmut_103 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_104'] = x_quality_checks__mutmut_104 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_105'] = x_quality_checks__mutmut_105 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_106'] = x_quality_checks__mutmut_106 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_107'] = x_quality_checks__mutmut_107 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_108'] = x_quality_checks__mutmut_108 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_109'] = x_quality_checks__mutmut_109 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_110'] = x_quality_checks__mutmut_110 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_111'] = x_quality_checks__mutmut_111 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_112'] = x_quality_checks__mutmut_112 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_113'] = x_quality_checks__mutmut_113 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_114'] = x_quality_checks__mutmut_114 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_115'] = x_quality_checks__mutmut_115 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_116'] = x_quality_checks__mutmut_116 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_117'] = x_quality_checks__mutmut_117 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_118'] = x_quality_checks__mutmut_118 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_119'] = x_quality_checks__mutmut_119 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_120'] = x_quality_checks__mutmut_120 # type: ignore # mutmut generated
mutants_x_quality_checks__mutmut['x_quality_checks__mutmut_121'] = x_quality_checks__mutmut_121 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_merge_checks__mutmut)
def merge_checks(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_orig(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_1(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = None
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_2(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["XXskuXX"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_3(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["SKU"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_4(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = None
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_5(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_6(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(None), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_7(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["XXskuXX"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_8(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["SKU"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_9(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["XXskuXX"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_10(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["SKU"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_11(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "XXskuXX"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_12(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "SKU"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_13(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = None
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_14(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) | ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_15(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["XXonsale_webXX"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_16(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["ONSALE_WEB"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_17(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] != 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_18(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 2) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_19(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_20(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(None), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_21(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["XXproduct_idXX"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_22(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["PRODUCT_ID"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_23(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["XXproduct_idXX"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_24(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["PRODUCT_ID"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_25(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "XXproduct_idXX"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_26(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "PRODUCT_ID"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_27(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = None
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_28(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders(None, lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_29(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", None, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_30(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, None),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_31(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders(lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_32(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_33(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, ),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_34(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("XXmerge_every_web_product_mergedXX", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_35(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("MERGE_EVERY_WEB_PRODUCT_MERGED", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_36(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "XXweb products with no ERP product through the link table (sku listed)XX"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_37(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no erp product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_38(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "WEB PRODUCTS WITH NO ERP PRODUCT THROUGH THE LINK TABLE (SKU LISTED)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_39(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders(None, counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_40(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", None, "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_41(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], None),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_42(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders(counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_43(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_44(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], ),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_45(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("XXmerge_web_product_merged_onceXX", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_46(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("MERGE_WEB_PRODUCT_MERGED_ONCE", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_47(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts >= 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_48(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 2], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_49(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "XXweb products merged more than once (sku listed)XX"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_50(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "WEB PRODUCTS MERGED MORE THAN ONCE (SKU LISTED)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_51(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders(None, onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_52(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", None, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_53(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, None, WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_54(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", None),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_55(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders(onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_56(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_57(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_58(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", ),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_59(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("XXmerge_onsale_products_on_webXX", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_60(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("MERGE_ONSALE_PRODUCTS_ON_WEB", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_61(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "XXERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)XX", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_62(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "erp products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_63(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP PRODUCTS ON SALE ONLINE (ONSALE_WEB = 1) MISSING FROM THE WEB SHOP (PRODUCT_ID LISTED)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_64(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders(None, merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_65(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", None, "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_66(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], None, WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_67(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", None),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_68(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders(merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_69(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_70(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_71(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", ),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_72(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("XXmerge_merged_products_on_saleXX", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_73(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("MERGE_MERGED_PRODUCTS_ON_SALE", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_74(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["XXonsale_webXX"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_75(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["ONSALE_WEB"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_76(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] != 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_77(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 1, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_78(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "XXproduct_idXX"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_79(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "PRODUCT_ID"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_80(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "XXmerged products with onsale_web = 0 (product_id listed)XX", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_81(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "MERGED PRODUCTS WITH ONSALE_WEB = 0 (PRODUCT_ID LISTED)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_82(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = None
    return checks, metrics


def x_merge_checks__mutmut_83(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "XXerp_productsXX": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_84(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "ERP_PRODUCTS": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_85(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "XXweb_productsXX": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_86(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "WEB_PRODUCTS": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_87(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "XXmergedXX": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_88(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "MERGED": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_89(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "XXerp_not_mergedXX": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_90(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "ERP_NOT_MERGED": int((~erp["product_id"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_91(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int(None),
    }
    return checks, metrics


def x_merge_checks__mutmut_92(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int(erp["product_id"].isin(merged["product_id"]).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_93(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(None)).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_94(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["XXproduct_idXX"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_95(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["PRODUCT_ID"].isin(merged["product_id"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_96(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["XXproduct_idXX"])).sum()),
    }
    return checks, metrics


def x_merge_checks__mutmut_97(merged, erp, web):
    """Merge gate: every web product merged exactly once; onsale/offline mismatches are warnings."""
    counts = merged["sku"].value_counts()
    lost = web.loc[~web["sku"].isin(merged["sku"]), "sku"]
    onsale_missing = erp.loc[(erp["onsale_web"] == 1) & ~erp["product_id"].isin(merged["product_id"]), "product_id"]
    checks = [
        no_offenders("merge_every_web_product_merged", lost, "web products with no ERP product through the link table (sku listed)"),
        no_offenders("merge_web_product_merged_once", counts.index[counts > 1], "web products merged more than once (sku listed)"),
        no_offenders("merge_onsale_products_on_web", onsale_missing, "ERP products on sale online (onsale_web = 1) missing from the web shop (product_id listed)", WARNING),
        no_offenders("merge_merged_products_on_sale", merged.loc[merged["onsale_web"] == 0, "product_id"], "merged products with onsale_web = 0 (product_id listed)", WARNING),
    ]
    metrics = {
        "erp_products": len(erp),
        "web_products": len(web),
        "merged": len(merged),
        "erp_not_merged": int((~erp["product_id"].isin(merged["PRODUCT_ID"])).sum()),
    }
    return checks, metrics

mutants_x_merge_checks__mutmut['_mutmut_orig'] = x_merge_checks__mutmut_orig # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_1'] = x_merge_checks__mutmut_1 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_2'] = x_merge_checks__mutmut_2 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_3'] = x_merge_checks__mutmut_3 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_4'] = x_merge_checks__mutmut_4 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_5'] = x_merge_checks__mutmut_5 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_6'] = x_merge_checks__mutmut_6 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_7'] = x_merge_checks__mutmut_7 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_8'] = x_merge_checks__mutmut_8 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_9'] = x_merge_checks__mutmut_9 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_10'] = x_merge_checks__mutmut_10 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_11'] = x_merge_checks__mutmut_11 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_12'] = x_merge_checks__mutmut_12 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_13'] = x_merge_checks__mutmut_13 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_14'] = x_merge_checks__mutmut_14 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_15'] = x_merge_checks__mutmut_15 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_16'] = x_merge_checks__mutmut_16 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_17'] = x_merge_checks__mutmut_17 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_18'] = x_merge_checks__mutmut_18 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_19'] = x_merge_checks__mutmut_19 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_20'] = x_merge_checks__mutmut_20 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_21'] = x_merge_checks__mutmut_21 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_22'] = x_merge_checks__mutmut_22 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_23'] = x_merge_checks__mutmut_23 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_24'] = x_merge_checks__mutmut_24 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_25'] = x_merge_checks__mutmut_25 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_26'] = x_merge_checks__mutmut_26 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_27'] = x_merge_checks__mutmut_27 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_28'] = x_merge_checks__mutmut_28 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_29'] = x_merge_checks__mutmut_29 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_30'] = x_merge_checks__mutmut_30 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_31'] = x_merge_checks__mutmut_31 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_32'] = x_merge_checks__mutmut_32 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_33'] = x_merge_checks__mutmut_33 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_34'] = x_merge_checks__mutmut_34 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_35'] = x_merge_checks__mutmut_35 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_36'] = x_merge_checks__mutmut_36 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_37'] = x_merge_checks__mutmut_37 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_38'] = x_merge_checks__mutmut_38 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_39'] = x_merge_checks__mutmut_39 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_40'] = x_merge_checks__mutmut_40 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_41'] = x_merge_checks__mutmut_41 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_42'] = x_merge_checks__mutmut_42 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_43'] = x_merge_checks__mutmut_43 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_44'] = x_merge_checks__mutmut_44 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_45'] = x_merge_checks__mutmut_45 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_46'] = x_merge_checks__mutmut_46 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_47'] = x_merge_checks__mutmut_47 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_48'] = x_merge_checks__mutmut_48 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_49'] = x_merge_checks__mutmut_49 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_50'] = x_merge_checks__mutmut_50 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_51'] = x_merge_checks__mutmut_51 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_52'] = x_merge_checks__mutmut_52 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_53'] = x_merge_checks__mutmut_53 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_54'] = x_merge_checks__mutmut_54 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_55'] = x_merge_checks__mutmut_55 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_56'] = x_merge_checks__mutmut_56 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_57'] = x_merge_checks__mutmut_57 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_58'] = x_merge_checks__mutmut_58 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_59'] = x_merge_checks__mutmut_59 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_60'] = x_merge_checks__mutmut_60 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_61'] = x_merge_checks__mutmut_61 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_62'] = x_merge_checks__mutmut_62 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_63'] = x_merge_checks__mutmut_63 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_64'] = x_merge_checks__mutmut_64 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_65'] = x_merge_checks__mutmut_65 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_66'] = x_merge_checks__mutmut_66 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_67'] = x_merge_checks__mutmut_67 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_68'] = x_merge_checks__mutmut_68 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_69'] = x_merge_checks__mutmut_69 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_70'] = x_merge_checks__mutmut_70 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_71'] = x_merge_checks__mutmut_71 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_72'] = x_merge_checks__mutmut_72 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_73'] = x_merge_checks__mutmut_73 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_74'] = x_merge_checks__mutmut_74 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_75'] = x_merge_checks__mutmut_75 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_76'] = x_merge_checks__mutmut_76 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_77'] = x_merge_checks__mutmut_77 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_78'] = x_merge_checks__mutmut_78 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_79'] = x_merge_checks__mutmut_79 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_80'] = x_merge_checks__mutmut_80 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_81'] = x_merge_checks__mutmut_81 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_82'] = x_merge_checks__mutmut_82 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_83'] = x_merge_checks__mutmut_83 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_84'] = x_merge_checks__mutmut_84 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_85'] = x_merge_checks__mutmut_85 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_86'] = x_merge_checks__mutmut_86 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_87'] = x_merge_checks__mutmut_87 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_88'] = x_merge_checks__mutmut_88 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_89'] = x_merge_checks__mutmut_89 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_90'] = x_merge_checks__mutmut_90 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_91'] = x_merge_checks__mutmut_91 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_92'] = x_merge_checks__mutmut_92 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_93'] = x_merge_checks__mutmut_93 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_94'] = x_merge_checks__mutmut_94 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_95'] = x_merge_checks__mutmut_95 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_96'] = x_merge_checks__mutmut_96 # type: ignore # mutmut generated
mutants_x_merge_checks__mutmut['x_merge_checks__mutmut_97'] = x_merge_checks__mutmut_97 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_sales_checks__mutmut)
def sales_checks(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_orig(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_1(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = None
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_2(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["XXpriceXX"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_3(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["PRICE"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_4(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["XXtotal_salesXX"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_5(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["TOTAL_SALES"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_6(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["XXstock_quantityXX"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_7(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["STOCK_QUANTITY"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_8(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = None
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_9(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["XXstock_statusXX"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_10(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["STOCK_STATUS"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_11(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = None
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_12(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) & ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_13(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) | (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_14(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock >= 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_15(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 1) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_16(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status != "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_17(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "XXoutofstockXX")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_18(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "OUTOFSTOCK")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_19(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) | (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_20(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock < 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_21(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 1) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_22(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status != "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_23(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "XXinstockXX"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_24(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "INSTOCK"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_25(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = None
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_26(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["XXproduct_idXX"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_27(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["PRODUCT_ID"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_28(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = None
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_29(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders(None, ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_30(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", None, "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_31(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], None),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_32(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders(ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_33(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_34(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], ),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_35(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("XXsales_price_positiveXX", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_36(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("SALES_PRICE_POSITIVE", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_37(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() & (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_38(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price < 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_39(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 1)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_40(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "XXmerged products with a price empty or ≤ 0 (product_id listed)XX"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_41(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "MERGED PRODUCTS WITH A PRICE EMPTY OR ≤ 0 (PRODUCT_ID LISTED)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_42(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders(None, ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_43(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", None, "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_44(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], None),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_45(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders(ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_46(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_47(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], ),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_48(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("XXsales_total_sales_not_negativeXX", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_49(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("SALES_TOTAL_SALES_NOT_NEGATIVE", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_50(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() & (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_51(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales <= 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_52(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 1)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_53(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "XXmerged products with total_sales empty or < 0 (product_id listed)XX"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_54(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "MERGED PRODUCTS WITH TOTAL_SALES EMPTY OR < 0 (PRODUCT_ID LISTED)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_55(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders(None, ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_56(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", None, "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_57(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], None, WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_58(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", None),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_59(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders(ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_60(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_61(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_62(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", ),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_63(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("XXsales_stock_not_negativeXX", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_64(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("SALES_STOCK_NOT_NEGATIVE", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_65(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(None)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_66(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock <= 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_67(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 1).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_68(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(True)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_69(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "XXmerged products with a negative stock_quantity (product_id listed)XX", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_70(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "MERGED PRODUCTS WITH A NEGATIVE STOCK_QUANTITY (PRODUCT_ID LISTED)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_71(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders(None, ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_72(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", None, "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_73(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], None, WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_74(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", None),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_75(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders(ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_76(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_77(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_78(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", ),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_79(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("XXsales_stock_status_matches_quantityXX", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_80(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("SALES_STOCK_STATUS_MATCHES_QUANTITY", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_81(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(None)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_82(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(True)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_83(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "XXstock_status contradicts stock_quantity (product_id listed)XX", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_84(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "STOCK_STATUS CONTRADICTS STOCK_QUANTITY (PRODUCT_ID LISTED)", WARNING),
    ]
    return checks, {"merged": len(merged)}


def x_sales_checks__mutmut_85(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"XXmergedXX": len(merged)}


def x_sales_checks__mutmut_86(merged):
    """Sales gate: price > 0 and total_sales ≥ 0 on every merged product; stock oddities are warnings."""
    price, sales, stock = merged["price"], merged["total_sales"], merged["stock_quantity"]
    status = merged["stock_status"]
    contradicts = ((stock > 0) & (status == "outofstock")) | ((stock <= 0) & (status == "instock"))
    ids = merged["product_id"]
    checks = [
        no_offenders("sales_price_positive", ids[price.isna() | (price <= 0)], "merged products with a price empty or ≤ 0 (product_id listed)"),
        no_offenders("sales_total_sales_not_negative", ids[sales.isna() | (sales < 0)], "merged products with total_sales empty or < 0 (product_id listed)"),
        no_offenders("sales_stock_not_negative", ids[(stock < 0).fillna(False)], "merged products with a negative stock_quantity (product_id listed)", WARNING),
        no_offenders("sales_stock_status_matches_quantity", ids[contradicts.fillna(False)], "stock_status contradicts stock_quantity (product_id listed)", WARNING),
    ]
    return checks, {"MERGED": len(merged)}

mutants_x_sales_checks__mutmut['_mutmut_orig'] = x_sales_checks__mutmut_orig # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_1'] = x_sales_checks__mutmut_1 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_2'] = x_sales_checks__mutmut_2 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_3'] = x_sales_checks__mutmut_3 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_4'] = x_sales_checks__mutmut_4 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_5'] = x_sales_checks__mutmut_5 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_6'] = x_sales_checks__mutmut_6 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_7'] = x_sales_checks__mutmut_7 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_8'] = x_sales_checks__mutmut_8 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_9'] = x_sales_checks__mutmut_9 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_10'] = x_sales_checks__mutmut_10 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_11'] = x_sales_checks__mutmut_11 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_12'] = x_sales_checks__mutmut_12 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_13'] = x_sales_checks__mutmut_13 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_14'] = x_sales_checks__mutmut_14 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_15'] = x_sales_checks__mutmut_15 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_16'] = x_sales_checks__mutmut_16 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_17'] = x_sales_checks__mutmut_17 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_18'] = x_sales_checks__mutmut_18 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_19'] = x_sales_checks__mutmut_19 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_20'] = x_sales_checks__mutmut_20 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_21'] = x_sales_checks__mutmut_21 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_22'] = x_sales_checks__mutmut_22 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_23'] = x_sales_checks__mutmut_23 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_24'] = x_sales_checks__mutmut_24 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_25'] = x_sales_checks__mutmut_25 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_26'] = x_sales_checks__mutmut_26 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_27'] = x_sales_checks__mutmut_27 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_28'] = x_sales_checks__mutmut_28 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_29'] = x_sales_checks__mutmut_29 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_30'] = x_sales_checks__mutmut_30 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_31'] = x_sales_checks__mutmut_31 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_32'] = x_sales_checks__mutmut_32 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_33'] = x_sales_checks__mutmut_33 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_34'] = x_sales_checks__mutmut_34 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_35'] = x_sales_checks__mutmut_35 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_36'] = x_sales_checks__mutmut_36 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_37'] = x_sales_checks__mutmut_37 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_38'] = x_sales_checks__mutmut_38 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_39'] = x_sales_checks__mutmut_39 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_40'] = x_sales_checks__mutmut_40 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_41'] = x_sales_checks__mutmut_41 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_42'] = x_sales_checks__mutmut_42 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_43'] = x_sales_checks__mutmut_43 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_44'] = x_sales_checks__mutmut_44 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_45'] = x_sales_checks__mutmut_45 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_46'] = x_sales_checks__mutmut_46 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_47'] = x_sales_checks__mutmut_47 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_48'] = x_sales_checks__mutmut_48 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_49'] = x_sales_checks__mutmut_49 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_50'] = x_sales_checks__mutmut_50 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_51'] = x_sales_checks__mutmut_51 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_52'] = x_sales_checks__mutmut_52 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_53'] = x_sales_checks__mutmut_53 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_54'] = x_sales_checks__mutmut_54 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_55'] = x_sales_checks__mutmut_55 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_56'] = x_sales_checks__mutmut_56 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_57'] = x_sales_checks__mutmut_57 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_58'] = x_sales_checks__mutmut_58 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_59'] = x_sales_checks__mutmut_59 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_60'] = x_sales_checks__mutmut_60 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_61'] = x_sales_checks__mutmut_61 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_62'] = x_sales_checks__mutmut_62 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_63'] = x_sales_checks__mutmut_63 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_64'] = x_sales_checks__mutmut_64 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_65'] = x_sales_checks__mutmut_65 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_66'] = x_sales_checks__mutmut_66 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_67'] = x_sales_checks__mutmut_67 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_68'] = x_sales_checks__mutmut_68 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_69'] = x_sales_checks__mutmut_69 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_70'] = x_sales_checks__mutmut_70 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_71'] = x_sales_checks__mutmut_71 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_72'] = x_sales_checks__mutmut_72 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_73'] = x_sales_checks__mutmut_73 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_74'] = x_sales_checks__mutmut_74 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_75'] = x_sales_checks__mutmut_75 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_76'] = x_sales_checks__mutmut_76 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_77'] = x_sales_checks__mutmut_77 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_78'] = x_sales_checks__mutmut_78 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_79'] = x_sales_checks__mutmut_79 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_80'] = x_sales_checks__mutmut_80 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_81'] = x_sales_checks__mutmut_81 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_82'] = x_sales_checks__mutmut_82 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_83'] = x_sales_checks__mutmut_83 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_84'] = x_sales_checks__mutmut_84 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_85'] = x_sales_checks__mutmut_85 # type: ignore # mutmut generated
mutants_x_sales_checks__mutmut['x_sales_checks__mutmut_86'] = x_sales_checks__mutmut_86 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut: MutantDict = {}  # type: ignore


@_mutmut_mutated(mutants_x_zscore_checks__mutmut)
def zscore_checks(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_orig(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_1(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = None
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_2(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["XXpriceXX"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_3(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["PRICE"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_4(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = None
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_5(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if (len(scored) > 1) and False else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_6(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if (len(scored) > 1) or True else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_7(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(None) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_8(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=None)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_9(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=2)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_10(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) >= 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_11(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 2 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_12(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float(None)
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_13(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("XXnanXX")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_14(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("NAN")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_15(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = None
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_16(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int(None)
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_17(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["XXsegmentXX"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_18(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["SEGMENT"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_19(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] != "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_20(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "XXpremiumXX").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_21(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "PREMIUM").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_22(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = None
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_23(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int(None)
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_24(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["XXsegmentXX"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_25(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["SEGMENT"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_26(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] != "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_27(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "XXordinaryXX").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_28(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ORDINARY").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_29(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = None
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_30(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least(None, n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_31(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", None, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_32(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, None, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_33(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, None),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_34(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least(n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_35(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_36(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_37(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, ),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_38(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("XXzscore_at_least_two_productsXX", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_39(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("ZSCORE_AT_LEAST_TWO_PRODUCTS", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_40(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 3, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_41(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "XXthe z-score needs at least 2 merged productsXX"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_42(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "THE Z-SCORE NEEDS AT LEAST 2 MERGED PRODUCTS"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_43(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check(None, "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_44(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", None, std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_45(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_46(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, None, bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_47(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", None, "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_48(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), None),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_49(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_50(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_51(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_52(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_53(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_54(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), ),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_55(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("XXzscore_price_std_positiveXX", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_56(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("ZSCORE_PRICE_STD_POSITIVE", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_57(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "XXerrorXX", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_58(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "ERROR", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_59(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if (np.isfinite(std)) and False else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_60(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if (np.isfinite(std)) or True else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_61(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(None) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_62(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "XX> 0XX", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_63(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(None), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_64(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std >= 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_65(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 1), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_66(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "XXstd of price is 0 (every merged product has the same price): z is undefinedXX"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_67(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "STD OF PRICE IS 0 (EVERY MERGED PRODUCT HAS THE SAME PRICE): Z IS UNDEFINED"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_68(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders(None, scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_69(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", None, "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_70(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], None),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_71(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders(scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_72(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_73(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], ),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_74(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("XXzscore_defined_for_every_productXX", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_75(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("ZSCORE_DEFINED_FOR_EVERY_PRODUCT", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_76(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_77(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(None), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_78(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["XXz_scoreXX"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_79(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["Z_SCORE"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_80(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "XXproduct_idXX"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_81(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "PRODUCT_ID"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_82(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "XXproducts with no z-score (product_id listed)XX"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_83(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "PRODUCTS WITH NO Z-SCORE (PRODUCT_ID LISTED)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_84(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders(None, scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_85(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", None, "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_86(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], None),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_87(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders(scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_88(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_89(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], ),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_90(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("XXzscore_one_per_productXX", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_91(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("ZSCORE_ONE_PER_PRODUCT", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_92(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["XXproduct_idXX"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_93(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["PRODUCT_ID"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_94(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "XXproduct_idXX"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_95(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "PRODUCT_ID"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_96(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "XXproducts scored more than once (product_id listed)XX"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_97(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "PRODUCTS SCORED MORE THAN ONCE (PRODUCT_ID LISTED)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_98(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check(None, "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_99(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", None, premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_100(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", None, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_101(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, None, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_102(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, None, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_103(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, None),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_104(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_105(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_106(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_107(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_108(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_109(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, ),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_110(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("XXzscore_segments_add_upXX", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_111(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("ZSCORE_SEGMENTS_ADD_UP", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_112(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "XXerrorXX", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_113(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "ERROR", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_114(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium - ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_115(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium - ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_116(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary != n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_117(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "XXpremium + ordinary = merged productsXX"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_118(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "PREMIUM + ORDINARY = MERGED PRODUCTS"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_119(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least(None, premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_120(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", None, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_121(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, None, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_122(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, None, WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_123(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", None),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_124(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least(premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_125(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_126(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_127(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_128(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", ),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_129(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("XXzscore_has_premiumXX", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_130(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("ZSCORE_HAS_PREMIUM", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_131(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 2, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_132(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = None
    return checks, metrics


def x_zscore_checks__mutmut_133(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "XXmergedXX": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_134(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "MERGED": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_135(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "XXpremiumXX": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_136(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "PREMIUM": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_137(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "XXordinaryXX": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_138(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ORDINARY": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_139(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "XXprice_meanXX": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_140(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "PRICE_MEAN": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_141(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if (n) and False else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_142(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if (n) or True else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_143(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(None) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_144(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "XXprice_stdXX": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_145(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "PRICE_STD": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_146(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if (np.isfinite(std)) and False else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_147(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if (np.isfinite(std)) or True else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_148(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(None) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_149(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "XXpremium_threshold_priceXX": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_150(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "PREMIUM_THRESHOLD_PRICE": float(price.mean() + PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_151(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if (np.isfinite(std)) and False else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_152(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if (np.isfinite(std)) or True else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_153(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(None) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_154(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() - PREMIUM_Z * std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_155(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z / std) if np.isfinite(std) else None,
    }
    return checks, metrics


def x_zscore_checks__mutmut_156(scored):
    """Z gate: one defined z per merged product, premium + ordinary = merged; no premium is a warning."""
    price = scored["price"]
    n, std = len(scored), float(price.std(ddof=1)) if len(scored) > 1 else float("nan")
    premium = int((scored["segment"] == "premium").sum())
    ordinary = int((scored["segment"] == "ordinary").sum())
    checks = [
        at_least("zscore_at_least_two_products", n, 2, "the z-score needs at least 2 merged products"),
        Check("zscore_price_std_positive", "error", std if np.isfinite(std) else None, "> 0", bool(std > 0), "std of price is 0 (every merged product has the same price): z is undefined"),
        no_offenders("zscore_defined_for_every_product", scored.loc[~np.isfinite(scored["z_score"]), "product_id"], "products with no z-score (product_id listed)"),
        no_offenders("zscore_one_per_product", scored.loc[scored["product_id"].duplicated(), "product_id"], "products scored more than once (product_id listed)"),
        Check("zscore_segments_add_up", "error", premium + ordinary, n, premium + ordinary == n, "premium + ordinary = merged products"),
        at_least("zscore_has_premium", premium, 1, f"no product has z ≥ {PREMIUM_Z:g}", WARNING),
    ]
    metrics = {
        "merged": n,
        "premium": premium,
        "ordinary": ordinary,
        "price_mean": float(price.mean()) if n else None,
        "price_std": std if np.isfinite(std) else None,
        "premium_threshold_price": float(price.mean() + PREMIUM_Z * std) if np.isfinite(None) else None,
    }
    return checks, metrics

mutants_x_zscore_checks__mutmut['_mutmut_orig'] = x_zscore_checks__mutmut_orig # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_1'] = x_zscore_checks__mutmut_1 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_2'] = x_zscore_checks__mutmut_2 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_3'] = x_zscore_checks__mutmut_3 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_4'] = x_zscore_checks__mutmut_4 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_5'] = x_zscore_checks__mutmut_5 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_6'] = x_zscore_checks__mutmut_6 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_7'] = x_zscore_checks__mutmut_7 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_8'] = x_zscore_checks__mutmut_8 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_9'] = x_zscore_checks__mutmut_9 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_10'] = x_zscore_checks__mutmut_10 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_11'] = x_zscore_checks__mutmut_11 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_12'] = x_zscore_checks__mutmut_12 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_13'] = x_zscore_checks__mutmut_13 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_14'] = x_zscore_checks__mutmut_14 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_15'] = x_zscore_checks__mutmut_15 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_16'] = x_zscore_checks__mutmut_16 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_17'] = x_zscore_checks__mutmut_17 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_18'] = x_zscore_checks__mutmut_18 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_19'] = x_zscore_checks__mutmut_19 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_20'] = x_zscore_checks__mutmut_20 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_21'] = x_zscore_checks__mutmut_21 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_22'] = x_zscore_checks__mutmut_22 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_23'] = x_zscore_checks__mutmut_23 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_24'] = x_zscore_checks__mutmut_24 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_25'] = x_zscore_checks__mutmut_25 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_26'] = x_zscore_checks__mutmut_26 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_27'] = x_zscore_checks__mutmut_27 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_28'] = x_zscore_checks__mutmut_28 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_29'] = x_zscore_checks__mutmut_29 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_30'] = x_zscore_checks__mutmut_30 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_31'] = x_zscore_checks__mutmut_31 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_32'] = x_zscore_checks__mutmut_32 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_33'] = x_zscore_checks__mutmut_33 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_34'] = x_zscore_checks__mutmut_34 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_35'] = x_zscore_checks__mutmut_35 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_36'] = x_zscore_checks__mutmut_36 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_37'] = x_zscore_checks__mutmut_37 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_38'] = x_zscore_checks__mutmut_38 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_39'] = x_zscore_checks__mutmut_39 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_40'] = x_zscore_checks__mutmut_40 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_41'] = x_zscore_checks__mutmut_41 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_42'] = x_zscore_checks__mutmut_42 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_43'] = x_zscore_checks__mutmut_43 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_44'] = x_zscore_checks__mutmut_44 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_45'] = x_zscore_checks__mutmut_45 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_46'] = x_zscore_checks__mutmut_46 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_47'] = x_zscore_checks__mutmut_47 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_48'] = x_zscore_checks__mutmut_48 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_49'] = x_zscore_checks__mutmut_49 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_50'] = x_zscore_checks__mutmut_50 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_51'] = x_zscore_checks__mutmut_51 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_52'] = x_zscore_checks__mutmut_52 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_53'] = x_zscore_checks__mutmut_53 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_54'] = x_zscore_checks__mutmut_54 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_55'] = x_zscore_checks__mutmut_55 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_56'] = x_zscore_checks__mutmut_56 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_57'] = x_zscore_checks__mutmut_57 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_58'] = x_zscore_checks__mutmut_58 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_59'] = x_zscore_checks__mutmut_59 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_60'] = x_zscore_checks__mutmut_60 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_61'] = x_zscore_checks__mutmut_61 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_62'] = x_zscore_checks__mutmut_62 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_63'] = x_zscore_checks__mutmut_63 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_64'] = x_zscore_checks__mutmut_64 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_65'] = x_zscore_checks__mutmut_65 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_66'] = x_zscore_checks__mutmut_66 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_67'] = x_zscore_checks__mutmut_67 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_68'] = x_zscore_checks__mutmut_68 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_69'] = x_zscore_checks__mutmut_69 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_70'] = x_zscore_checks__mutmut_70 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_71'] = x_zscore_checks__mutmut_71 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_72'] = x_zscore_checks__mutmut_72 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_73'] = x_zscore_checks__mutmut_73 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_74'] = x_zscore_checks__mutmut_74 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_75'] = x_zscore_checks__mutmut_75 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_76'] = x_zscore_checks__mutmut_76 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_77'] = x_zscore_checks__mutmut_77 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_78'] = x_zscore_checks__mutmut_78 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_79'] = x_zscore_checks__mutmut_79 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_80'] = x_zscore_checks__mutmut_80 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_81'] = x_zscore_checks__mutmut_81 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_82'] = x_zscore_checks__mutmut_82 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_83'] = x_zscore_checks__mutmut_83 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_84'] = x_zscore_checks__mutmut_84 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_85'] = x_zscore_checks__mutmut_85 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_86'] = x_zscore_checks__mutmut_86 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_87'] = x_zscore_checks__mutmut_87 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_88'] = x_zscore_checks__mutmut_88 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_89'] = x_zscore_checks__mutmut_89 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_90'] = x_zscore_checks__mutmut_90 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_91'] = x_zscore_checks__mutmut_91 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_92'] = x_zscore_checks__mutmut_92 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_93'] = x_zscore_checks__mutmut_93 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_94'] = x_zscore_checks__mutmut_94 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_95'] = x_zscore_checks__mutmut_95 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_96'] = x_zscore_checks__mutmut_96 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_97'] = x_zscore_checks__mutmut_97 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_98'] = x_zscore_checks__mutmut_98 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_99'] = x_zscore_checks__mutmut_99 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_100'] = x_zscore_checks__mutmut_100 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_101'] = x_zscore_checks__mutmut_101 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_102'] = x_zscore_checks__mutmut_102 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_103'] = x_zscore_checks__mutmut_103 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_104'] = x_zscore_checks__mutmut_104 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_105'] = x_zscore_checks__mutmut_105 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_106'] = x_zscore_checks__mutmut_106 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_107'] = x_zscore_checks__mutmut_107 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_108'] = x_zscore_checks__mutmut_108 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_109'] = x_zscore_checks__mutmut_109 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_110'] = x_zscore_checks__mutmut_110 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_111'] = x_zscore_checks__mutmut_111 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_112'] = x_zscore_checks__mutmut_112 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_113'] = x_zscore_checks__mutmut_113 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_114'] = x_zscore_checks__mutmut_114 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_115'] = x_zscore_checks__mutmut_115 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_116'] = x_zscore_checks__mutmut_116 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_117'] = x_zscore_checks__mutmut_117 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_118'] = x_zscore_checks__mutmut_118 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_119'] = x_zscore_checks__mutmut_119 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_120'] = x_zscore_checks__mutmut_120 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_121'] = x_zscore_checks__mutmut_121 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_122'] = x_zscore_checks__mutmut_122 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_123'] = x_zscore_checks__mutmut_123 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_124'] = x_zscore_checks__mutmut_124 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_125'] = x_zscore_checks__mutmut_125 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_126'] = x_zscore_checks__mutmut_126 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_127'] = x_zscore_checks__mutmut_127 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_128'] = x_zscore_checks__mutmut_128 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_129'] = x_zscore_checks__mutmut_129 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_130'] = x_zscore_checks__mutmut_130 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_131'] = x_zscore_checks__mutmut_131 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_132'] = x_zscore_checks__mutmut_132 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_133'] = x_zscore_checks__mutmut_133 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_134'] = x_zscore_checks__mutmut_134 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_135'] = x_zscore_checks__mutmut_135 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_136'] = x_zscore_checks__mutmut_136 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_137'] = x_zscore_checks__mutmut_137 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_138'] = x_zscore_checks__mutmut_138 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_139'] = x_zscore_checks__mutmut_139 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_140'] = x_zscore_checks__mutmut_140 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_141'] = x_zscore_checks__mutmut_141 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_142'] = x_zscore_checks__mutmut_142 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_143'] = x_zscore_checks__mutmut_143 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_144'] = x_zscore_checks__mutmut_144 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_145'] = x_zscore_checks__mutmut_145 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_146'] = x_zscore_checks__mutmut_146 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_147'] = x_zscore_checks__mutmut_147 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_148'] = x_zscore_checks__mutmut_148 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_149'] = x_zscore_checks__mutmut_149 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_150'] = x_zscore_checks__mutmut_150 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_151'] = x_zscore_checks__mutmut_151 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_152'] = x_zscore_checks__mutmut_152 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_153'] = x_zscore_checks__mutmut_153 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_154'] = x_zscore_checks__mutmut_154 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_155'] = x_zscore_checks__mutmut_155 # type: ignore # mutmut generated
mutants_x_zscore_checks__mutmut['x_zscore_checks__mutmut_156'] = x_zscore_checks__mutmut_156 # type: ignore # mutmut generated
