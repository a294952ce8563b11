"""Cells of an export (header row first) into a raw frame: every row, sheet row numbers, headers mapped to the
contract's columns and normalised, contract columns as canonical text. The readers of each format feed it."""

import html
from collections.abc import Sequence

import pandas as pd

from wine_luigi.contract import Source
from wine_luigi.rules import ROW


def normalise_name(value: object) -> str:
    """A header as compared: trimmed, lower-case ('' for an empty cell)."""
    return "" if pd.isna(value) else str(value).strip().lower()


def normalise_header(values: Sequence[object]) -> list[str]:
    """Trimmed, lower-case names; blanks become unnamed_<n>; repeats become <name>__<k> (the gate reports them)."""
    names: list[str] = []
    seen: dict[str, int] = {}
    for i, value in enumerate(values, start=1):
        name = normalise_name(value) or f"unnamed_{i}"
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name}__{seen[name]}")
    return names


def map_header(names: list[str], columns: dict[str, str] | None) -> list[str]:
    """Rename the file's headers to the contract's columns: `columns` is {contract column: header in the file}
    ([erp_columns] and the like). A column already named like a contract column that another header now stands
    for keeps its place under `<name> (unmapped)`."""
    names = list(names)
    for column, header in (columns or {}).items():
        wanted = normalise_name(header)
        if not wanted or wanted == column or wanted not in names:
            continue
        if column in names:
            names[names.index(column)] = f"{column} (unmapped)"
        names[names.index(wanted)] = column
    return names


def header_names(values: Sequence[object], columns: dict[str, str] | None) -> list[str]:
    """A header row's names as compared with the contract's: normalised, then mapped (`columns`)."""
    return map_header(normalise_header(values), columns)


def canonical_text(values: pd.Series) -> pd.Series:
    """Cells as trimmed text; 15298, 15298.0, '15298.0' and ' 15298 ' all become '15298'."""
    text = values.astype("string").str.strip()
    text = replace_regex(text, r"^([+-]?\p{Nd}+)\.0*$", r"\1")  # \p{Nd}: any decimal digit, as Python's \d
    return text.mask(text == "")


def replace_regex(text: pd.Series, pattern: str, replacement: str) -> pd.Series:
    """text.str.replace(pattern, replacement, regex=True) run by Arrow's RE2 on every cell, where pandas would fall
    back to Python's re for a whole column as soon as one cell is not ASCII. The pattern is RE2's: `$` is the end
    of the cell only (Python's also matches before a final newline; the cells here are trimmed)."""
    import pyarrow.compute as pc
    from pandas.arrays import ArrowStringArray

    replaced = pc.replace_substring_regex(text.array.__arrow_array__(), pattern=pattern, replacement=replacement)
    return pd.Series(ArrowStringArray(replaced), index=text.index, name=text.name)


def unescape_html(text: pd.Series) -> pd.Series:
    """`Agrapart &amp; Fils` -> `Agrapart & Fils` (only the cells that hold an entity are touched)."""
    has_entity = text.str.contains("&", regex=False).fillna(False).astype(bool)
    return text.mask(has_entity, text[has_entity].map(html.unescape))


def without_blank_rows(cells: pd.DataFrame) -> pd.DataFrame:
    """The rows that hold something (a row of empty or blank cells is not a row of data), with their numbers."""
    blank = pd.Series(True, index=cells.index)
    for column in cells.columns:
        values = cells.loc[blank, column]
        present = values.notna()
        if present.any():
            blank[values.index[present]] = values[present].astype("string").str.strip().eq("").to_numpy()
        if not blank.any():
            return cells
    return cells[~blank]


def header_cells(cells: pd.DataFrame) -> list[object]:
    """The header as the file has it: the first row's cells as text ('' for an empty one), of cells without blank
    rows."""
    return [str(v) if not pd.isna(v) else "" for v in cells.iloc[0].tolist()] if len(cells) else []


def frame_from_cells(
    cells: pd.DataFrame, source: Source, file_name: str, columns: dict[str, str] | None = None
) -> pd.DataFrame:
    """Header row (the first that holds something) -> column names; contract columns as canonical text; the rest
    parquet-safe; `row` is each data row's number in the sheet or file (cells are indexed by it)."""
    cells = without_blank_rows(cells)
    original = header_cells(cells)
    header = header_names(original, columns)
    data = cells.iloc[1:]
    numbers = data.index.to_numpy()
    data = data.reset_index(drop=True)
    data.columns = header
    for name in header:
        if name in source.required:
            data[name] = canonical_text(data[name])
            if source.column(name).html:
                data[name] = unescape_html(data[name])
        elif data[name].dtype == object:  # the other columns are carried along as the text they are
            data[name] = data[name].astype("string")
    data.insert(0, ROW, pd.Series(numbers, dtype="int64") if len(numbers) else pd.Series([], dtype="int64"))
    data.attrs = {"file": file_name, "header": original}
    return data
