"""Read one export of a month into a raw frame, whatever its format. The reader is picked by the file's
extension; everything after it (raw parquet, canonical keys, sheet row numbers, rejects, gates) is the same, so
the same data as CSV or as xlsx gives the same deliverables."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

import pandas as pd

from wine_luigi.contract import Source
from wine_luigi.errors import LoadError, unreadable
from wine_luigi.raw_frame import frame_from_cells, header_names
from wine_luigi.readers import delimited, spreadsheet
from wine_luigi.rules import EXACT_FLOAT, ROW

READERS = {**dict.fromkeys(spreadsheet.EXTENSIONS, spreadsheet), **dict.fromkeys(delimited.EXTENSIONS, delimited)}
SUPPORTED = tuple(READERS)


@dataclass(frozen=True)
class ReadOptions:
    """How an export is read: [csv] of luigi.cfg (each "auto" or forced: encoding utf-8 / cp1252 / …, delimiter
    ; , tab |, decimal , .) and, for a workbook, the sheet to read ([source_files] <source>_sheet; "" for the first
    visible one). With no sheet named, `holds` tells whether a row is the header of this export: another visible
    sheet whose header it is makes the sheet to read unsure, and the setting `sheet_setting` is the way to say it."""

    encoding: str = "auto"
    delimiter: str = "auto"
    decimal: str = "auto"
    sheet: str = ""
    holds: Callable[[Sequence[object]], bool] | None = field(default=None, compare=False)
    sheet_setting: str = field(default="", compare=False)


def read_cells(path: str | Path, options: ReadOptions = ReadOptions()) -> tuple[pd.DataFrame, dict[str, str]]:
    """(cells of the export at `path`, header row first, as text, indexed by row number; how it was read: the CSV
    dialect found {"encoding", "separator"}, or the sheet read {"sheet"}). LoadError when the file cannot be read;
    its `transient` says whether it may still be on its way (empty, cut short)."""
    path = Path(path)
    if path.is_dir():
        raise LoadError(f"{path}: a folder, not an export: the export is a file of this name")
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise LoadError(
            f"{path}: {path.suffix or 'a name without extension'} is not a format wine_luigi reads "
            f"({', '.join(SUPPORTED)})"
        )
    if path.stat().st_size == 0:
        raise LoadError(f"{path}: the file is empty (0 bytes)", transient=True)
    try:
        return reader.read_cells(path, options)
    except PermissionError as error:
        raise LoadError(unreadable(path, error)) from None


def rounded_keys(raw: pd.DataFrame, source: Source) -> dict[str, list[list[int | str]]]:
    """{key column: [[sheet row, value], …]} of whole-number keys beyond 2^53 that a workbook held as a number, so
    already rounded (a number cell holds a float: 9007199254740993 comes out as 9007199254740992); the load gate
    refuses them rather than let them be silently changed. The same digits in a text cell (they are then not a
    float's exact value) are kept as they are."""
    found = {}
    for column in (c for c in source.columns if c.key and c.type == "int" and c.name in raw.columns):
        values = raw[column.name]
        long = values.str.fullmatch(r"[+-]?[0-9]{16,}").fillna(False).astype(bool)
        rounded = [
            [int(row), value]
            for row, value in zip(raw.loc[long, ROW], values[long])
            if abs(int(value)) >= EXACT_FLOAT and int(float(value)) == int(value)
        ]
        if rounded:
            found[column.name] = rounded
    return found


def read_source(
    path: str | Path, source: Source, columns: dict[str, str] | None = None, options: ReadOptions = ReadOptions()
) -> tuple[pd.DataFrame, str]:
    """(raw frame of the export at `path` for `source`, how it was read as a phrase: the sheet, or the CSV dialect).

    `columns` maps contract columns to the file's headers ([erp_columns] …). LoadError when the file cannot be used."""
    path = Path(path)

    def holds(row: Sequence[object]) -> bool:  # the header of this export: every contract column, as mapped
        return set(source.required) <= set(header_names(row, columns))

    cells, dialect = read_cells(path, replace(options, holds=holds, sheet_setting=f"{source.name}_sheet"))
    errors = cells.attrs.get("errors", [])
    raw = frame_from_cells(cells, source, path.name, columns)
    failed_cells(path, raw, source, errors, sheet="separator" not in dialect)
    if "separator" not in dialect:
        raw.attrs["rounded"] = rounded_keys(raw, source)
        return raw, dialect["sheet"]
    raw, signed = delimited.without_units(raw, source)
    raw, mark = delimited.decimal_mark(raw, source, options.decimal, dialect["separator"])
    marks = {
        "comma": "decimal comma",
        "dot": "decimal dot",
        "mixed": "decimal comma and dot mixed",
        "none": "no decimals",
    }
    separated = f"{delimited.separator_name(dialect['separator'])} separated"
    signs = "".join(f", '{source.column(c).unit}' beside {c}" for c in signed)
    return raw, f"{dialect['encoding']}, {separated}, {marks[mark]}{signs}"


SHOWN_ERRORS = 5  # error cells a message names


def failed_cells(
    path: Path, raw: pd.DataFrame, source: Source, errors: list[spreadsheet.ErrorCell], sheet: bool
) -> None:
    """LoadError naming the cells of the contract's columns, in the data rows, that hold an Excel error (#N/A,
    #DIV/0!, …: a formula that failed): `errors` are a `sheet`'s error cells (spreadsheet.sheet_cells), which
    calamine gives as empty; a CSV file (or a text cell) holds one as its text. Read as empty, a product whose sku is
    #N/A would leave the month as a row without sku, and its sales with it. An error cell in another column is
    carried as empty."""
    names = list(raw.columns[1:])  # after ROW, the columns in the order of the cells
    rows = set(raw[ROW].tolist()) if errors else set()
    found = [
        (f"cell {place} ({names[column]}, row {row})", row, column, shown)
        for row, column, place, shown in errors
        if column < len(names) and names[column] in source.required and row in rows
    ]
    texts = set(spreadsheet.EXCEL_ERRORS.values())
    for name in (n for n in source.required if n in raw.columns):
        failed = raw[name].isin(texts).fillna(False).astype(bool)
        if failed.any():
            where = "row" if sheet else "line"
            found += [
                (f"{name}, {where} {row}", int(row), names.index(name), shown)
                for row, shown in zip(raw.loc[failed, ROW], raw.loc[failed, name])
            ]
    if not found:
        return
    found.sort(key=lambda f: (f[1], f[2]))
    if len(found) == 1:
        place, _, _, shown = found[0]
        raise LoadError(
            f"{path}: {place} holds {shown}, an Excel error (a formula that failed) where the month needs a value: "
            "correct it in the export and run again"
        )
    said = "; ".join(f"{place}: {shown}" for place, _, _, shown in found[:SHOWN_ERRORS])
    more = f" and {len(found) - SHOWN_ERRORS} more" if len(found) > SHOWN_ERRORS else ""
    raise LoadError(
        f"{path}: {len(found)} cells hold Excel errors (formulas that failed) where the month needs values "
        f"({said}{more}): correct them in the export and run again"
    )
