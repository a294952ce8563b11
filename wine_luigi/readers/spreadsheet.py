"""Spreadsheets (.xlsx, .xlsm, .xlsb, .xls, .ods): the cells of the sheet the user sees (the first visible one, or
the one `[source_files] <source>_sheet` names), read by calamine (Rust) through fastexcel straight to Arrow, every
cell as text (so keys like 15298 and 13127-1 keep their canonical rules), each row numbered as in the sheet.

calamine holds a sheet as one dense block from A1 to its farthest cell: one stray cell at XFD1048576 would ask for
half a terabyte. An xlsx sheet whose declared extent is beyond CELL_BOUND is therefore read cell by cell from its
XML instead (a stray far cell then costs nothing), and one that really holds more cells stops with one line."""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any
from xml.etree import ElementTree

import pandas as pd

from wine_luigi.claims import cut
from wine_luigi.errors import LoadError
from wine_luigi.raw_frame import header_cells, without_blank_rows
from wine_luigi.readers import delimited

if TYPE_CHECKING:
    import pyarrow as pa

    from wine_luigi.readers import ReadOptions

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, and every password-protected workbook
KINDS = {  # extension: (what a person calls it, how its bytes start)
    ".xlsx": ("xlsx workbook", ZIP_MAGIC),
    ".xlsm": ("xlsm workbook", ZIP_MAGIC),
    ".xlsb": ("xlsb workbook", ZIP_MAGIC),
    ".ods": ("OpenDocument spreadsheet", ZIP_MAGIC),
    ".xls": ("xls workbook", OLE_MAGIC),
}
EXTENSIONS = tuple(KINDS)
OOXML = (".xlsx", ".xlsm")  # the formats whose sheets are inspected before calamine reads them
# cells a sheet may span (a full-height sheet of 32 columns); calamine holds each in a few dozen bytes
CELL_BOUND = 1 << 25


def read_cells(path: Path, options: ReadOptions) -> tuple[pd.DataFrame, dict[str, str]]:
    """(cells of the sheet as text, header row first, indexed by sheet row number; {"sheet": which sheet was read})."""
    kind, magic = KINDS[path.suffix.lower()]
    check_kind(path, kind, magic)
    try:
        cells, note = (read_ooxml if path.suffix.lower() in OOXML else read_calamine)(path, kind, options)
        return cells, {"sheet": note}
    except LoadError:
        raise
    except Exception as exc:  # a damaged file, or one still being copied
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise LoadError(f"{path}: not a readable {kind} ({type(exc).__name__}: {reason})", transient=True) from None


def numbered(table: pa.RecordBatch) -> pd.DataFrame:
    """Cells with the sheet's row numbers (1 = the sheet's first row) as their index."""
    cells = table.to_pandas()
    cells.index = pd.RangeIndex(1, len(cells) + 1)
    return cells


# an error cell (a formula that failed) as calamine names it, and as Excel shows it
EXCEL_ERRORS = {
    "Div0": "#DIV/0!",
    "NA": "#N/A",
    "Name": "#NAME?",
    "Null": "#NULL!",
    "Num": "#NUM!",
    "Ref": "#REF!",
    "Value": "#VALUE!",
    "GettingData": "#GETTING_DATA",
}
ERROR_DETAIL = re.compile(r"Error\((\w+)\)")
# an error cell noted: (its sheet row, the position of its column in the cells, its reference, the error)
ErrorCell = tuple[int, int, str, str]


def column_letters(index: int) -> str:
    """The letters of a sheet's column (0 = A)."""
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def sheet_cells(sheet: Any) -> pd.DataFrame:
    """numbered() cells of a sheet fastexcel loaded, with its error cells (#N/A, #DIV/0!, … which calamine gives as
    empty) in attrs["errors"]: [(sheet row, position of the column in the cells, cell reference, the error as Excel
    shows it)]."""
    table, failed = sheet.to_arrow_with_errors()
    cells = numbered(table)
    errors: list[ErrorCell] = []
    if failed is not None:
        letters = [column_letters(c.absolute_index) for c in sheet.selected_columns]
        for error in failed.errors:
            name = ERROR_DETAIL.search(error.detail)
            if name:
                row, column = error.position
                errors.append((row + 1, column, f"{letters[column]}{row + 1}", EXCEL_ERRORS.get(name[1], name[1])))
    cells.attrs["errors"] = errors
    return cells


def load(reader: Any, sheet: str, rows: int | None = None) -> Any:
    """A sheet by name or position, from its first row (leading empty rows kept, so that rows keep their numbers);
    its first `rows` only when given."""
    return reader.load_sheet(sheet, header_row=None, skip_rows=0, n_rows=rows, dtypes="string")


def chosen(path: Path, names: list[str], visible: set[str], wanted: str) -> tuple[str, str]:
    """(name of the sheet to read, a phrase saying which it is): `wanted`, or the first visible sheet."""
    if wanted:
        if wanted not in names:
            raise LoadError(
                f"{path}: no sheet named {wanted!r} (its sheets: {', '.join(names)}); fix [source_files] of this "
                "export's sheet"
            )
        return wanted, f"sheet {wanted!r}, as set"
    shown = [n for n in names if n in visible]
    if not shown:
        raise LoadError(
            f"{path}: every sheet is hidden ({', '.join(names)}): show the one to read, or name it in [source_files]"
        )
    hidden = [n for n in names[: names.index(shown[0])]]
    note = f"sheet {shown[0]!r}" + (
        f", the first visible one ({', '.join(map(repr, hidden))} hidden before it)" if hidden else ""
    )
    return shown[0], note


def unsure(path: Path, name: str, alike: list[str], options: ReadOptions, header: Callable[[], list[object]]) -> None:
    """Stops the month when other visible sheets than `name` (the first) hold the export's header (`alike`): an older
    month's sheet kept in the workbook would otherwise be read as this month's, with no sign of it. `header()`, the
    first row of `name` (looked at only then), says which message: both hold it, or only the others do (`name` is
    a sheet of notes, or this month's with a header renamed: which, only the user knows)."""
    if not alike:
        return
    setting = options.sheet_setting or "<source>_sheet"
    if options.holds is not None and not options.holds(header()):
        sheets = f"sheet {alike[0]!r} does" if len(alike) == 1 else f"sheets {', '.join(map(repr, alike))} do"
        raise LoadError(
            f"{path}: the first visible sheet, {name!r}, does not hold this export's columns, but {sheets}: name the "
            f"one to read ([source_files] {setting} = {alike[0]} in the month's month.cfg, or in luigi.cfg), or hide "
            "or delete the others"
        )
    raise LoadError(
        f"{path}: sheets {', '.join(map(repr, [name, *alike]))} are visible and each holds this export's columns: "
        f"which one is the month's is not sure; name it ([source_files] {setting} = {name} in the month's "
        "month.cfg, or in luigi.cfg), or hide or delete the others"
    )


def first_row(cells: pd.DataFrame) -> list[object]:
    """The first row of a sheet's cells that holds something ([] when none does)."""
    return header_cells(without_blank_rows(cells))


HEAD_ROWS = 100  # rows of another sheet looked at for a header


def head_row(sheet: Any) -> list[object]:
    """first_row() of a sheet fastexcel loaded (its first HEAD_ROWS rows, as load() gives them)."""
    return first_row(numbered(sheet.to_arrow()))


def read_calamine(path: Path, kind: str, options: ReadOptions) -> tuple[pd.DataFrame, str]:
    """Any format calamine reads: the sheets are loaded in order until the first visible one (or the one named);
    then, with `options.holds`, the head of each later one, for a header of the export's (unsure)."""
    import fastexcel

    reader = fastexcel.read_excel(path)
    names = list(reader.sheet_names)
    if options.sheet:
        name, note = chosen(path, names, set(names), options.sheet)
        sheet = load(reader, name)
    else:
        for name in names:
            sheet = load(reader, name)
            if sheet.visible == "visible":
                break
        else:
            return chosen(path, names, set(), "")  # raises: every sheet is hidden
        if options.holds is not None:
            later = ((n, load(reader, n, HEAD_ROWS)) for n in names[names.index(name) + 1 :])
            alike = [n for n, s in later if s.visible == "visible" and options.holds(head_row(s))]
            unsure(path, name, alike, options, lambda: head_row(load(reader, name, HEAD_ROWS)))
        note = chosen(path, names, {name}, "")[1]
    return with_ods_errors(path, sheet, sheet_cells(sheet)), note


# --- ods: the error cells calamine reads as empty -----------------------------------------------------

TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
VALUE_TYPE = "{urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0}value-type"
ODS_ERROR = b'value-type="error"'
REPEATED_ERRORS = 100  # error cells noted per repeated cell or row (a message names five)


def with_ods_errors(path: Path, sheet: Any, cells: pd.DataFrame) -> pd.DataFrame:
    """`cells` of an .ods file's `sheet` with its error cells noted as sheet_cells notes them: LibreOffice saves a
    formula's error as an empty text (its value type "error" beside it), which calamine reads as an empty cell."""
    if path.suffix.lower() == ".ods":
        cells.attrs["errors"] = cells.attrs.get("errors", []) + ods_errors(path, sheet)
    return cells


def ods_errors(path: Path, sheet: Any) -> list[ErrorCell]:
    """The error cells of the sheet."""
    position = {c.absolute_index: i for i, c in enumerate(sheet.selected_columns)}
    errors: list[ErrorCell] = []
    with zipfile.ZipFile(path) as book:
        with book.open("content.xml") as f:  # most files hold none: a look through the bytes first
            if not any(ODS_ERROR in text for text in windows(f, len(ODS_ERROR))):
                return errors
        with book.open("content.xml") as f:
            inside, row, column = False, 0, 0
            failed: list[tuple[int, str]] = []  # (column, error) of the row's error cells
            for event, element in ElementTree.iterparse(f, events=("start", "end")):
                if element.tag == f"{TABLE}table":
                    if event == "end" and inside:
                        break
                    inside = event == "start" and element.get(f"{TABLE}name") == sheet.name
                elif element.tag == f"{TABLE}table-row":
                    if event == "start":
                        column, failed = 0, []
                        continue
                    repeated = int(element.get(f"{TABLE}number-rows-repeated", "1"))
                    for number in range(row + 1, row + 1 + min(repeated, REPEATED_ERRORS)):
                        errors += [(number, position[c], f"{column_letters(c)}{number}", shown) for c, shown in failed]
                    row += repeated if inside else 0
                    element.clear()
                elif inside and event == "end" and element.tag in (f"{TABLE}table-cell", f"{TABLE}covered-table-cell"):
                    repeated = int(element.get(f"{TABLE}number-columns-repeated", "1"))
                    if element.get(VALUE_TYPE) == "error":
                        shown = "".join(element.itertext()).strip() or "an error"
                        failed += [(c, shown) for c in range(column, column + repeated) if c in position][
                            :REPEATED_ERRORS
                        ]
                    column += repeated
    return errors


# --- xlsx and xlsm: the sheet looked at before calamine reads it -------------------------------------

MAIN = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
STRICT = "{http://purl.oclc.org/ooxml/spreadsheetml/main}"  # the same, in a workbook saved as Strict Open XML
RELATIONSHIPS = (
    "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}id",
    "{http://purl.oclc.org/ooxml/officeDocument/relationships}id",
)
DIMENSION = re.compile(rb'<dimension ref="([A-Z]{1,3})([0-9]{1,7})(?::([A-Z]{1,3})([0-9]{1,7}))?"')
CELL_REFERENCE = re.compile(r"([A-Z]{1,3})([0-9]{1,7})")


def column_number(letters: str) -> int:
    number = 0
    for letter in letters:
        number = number * 26 + ord(letter) - 64
    return number


def namespace_of(element: ElementTree.Element) -> str:
    """The namespace of a part's spreadsheet elements, from one of them: MAIN, or STRICT."""
    return STRICT if element.tag.startswith(STRICT) else MAIN


def part_namespace(book: zipfile.ZipFile, part: str) -> str:
    """The namespace of the spreadsheet elements of a part, from its first bytes: MAIN, or STRICT."""
    with book.open(part) as f:
        head = f.read(1 << 12)
    return STRICT if STRICT[1:-1].encode() in head else MAIN  # declared as the default namespace, or a prefix's


def sheet_parts(book: zipfile.ZipFile) -> list[tuple[str, bool, str]]:
    """[(name, visible, path of its XML in the package)] of an xlsx package, in the workbook's order."""
    workbook = ElementTree.fromstring(book.read("xl/workbook.xml"))
    rels = ElementTree.fromstring(book.read("xl/_rels/workbook.xml.rels"))
    targets = {r.get("Id"): r.get("Target") for r in rels}
    parts = []
    for sheet in workbook.iter(f"{namespace_of(workbook)}sheet"):
        target = targets.get(next((i for i in map(sheet.get, RELATIONSHIPS) if i), None)) or ""
        part = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
        parts.append((sheet.get("name", ""), sheet.get("state", "visible") == "visible", part))
    return parts


def declared_extent(book: zipfile.ZipFile, part: str) -> int | None:
    """How many cells the sheet's <dimension> says it spans; None when it does not say."""
    with book.open(part) as f:
        head = f.read(1 << 16)
    found = DIMENSION.search(head)
    if not found:
        return None
    first_col, first_row, last_col, last_row = found.groups()
    if last_col is None:
        return 1
    rows = int(last_row) - int(first_row) + 1
    columns = column_number(last_col.decode()) - column_number(first_col.decode()) + 1
    return rows * columns


# a workbook that asks to be calculated when it is opened: written by a program (XlsxWriter, openpyxl, …), whose
# formulas hold no result, or one (0) that is not the one Excel shows once it has calculated them; Excel and
# LibreOffice store each formula's result when they save
CALCULATED_ON_OPENING = re.compile(rb'<calcPr\b[^>]*\bfullCalcOnLoad="(?:1|true)"')
# a formula cell (<f> is a cell's first child): its place, and its text when it has one (a shared one may not)
FORMULA = re.compile(rb'<c\b[^>]*?\br="([A-Z]{1,3}[0-9]{1,7})"[^>]*>\s*<f\b[^>]*?(?:/>|>([^<]*)</f>)')


def windows(f: IO[bytes], overlap: int) -> Iterator[bytes]:
    """The bytes of `f` a megabyte at a time, each window beginning with the last `overlap` bytes of the one before
    (what is looked for may be cut between two blocks)."""
    tail = b""
    for block in iter(lambda: f.read(1 << 20), b""):
        text = tail + block
        yield text
        tail = text[-overlap:]


def first_formula(path: Path, part: str) -> tuple[str, str] | None:
    """(place, text) of the first formula cell in the sheet's XML, read block by block; None when it holds none."""
    import html

    with zipfile.ZipFile(path) as book, book.open(part) as f:
        for text in windows(f, 4096):  # a whole cell
            found = FORMULA.search(text) if b"<f" in text else None
            if found:
                return found.group(1).decode(), html.unescape((found.group(2) or b"").decode(errors="replace"))
    return None


def not_calculated(path: Path, name: str, formula: tuple[str, str]) -> LoadError:
    place, text = formula
    return LoadError(
        f"{path}: sheet {name!r} holds formulas (cell {place}: {cut('=' + text)}) written by a program that "
        "leaves them for Excel to calculate: the file does not hold their results as Excel shows them; open it in "
        "Excel and save it (Excel stores each result), then run again"
    )


def read_ooxml(path: Path, kind: str, options: ReadOptions) -> tuple[pd.DataFrame, str]:
    """An xlsx or xlsm sheet. In a workbook a program wrote to be calculated when opened, its XML is looked through
    for formulas while calamine reads it (calamine gives a formula's stored result, which such a file lacks). With
    `options.holds` and no sheet named, the first row of every other visible sheet is read from its XML, for a header
    of the export's (unsure)."""
    from concurrent.futures import ThreadPoolExecutor

    import fastexcel

    with zipfile.ZipFile(path) as book:
        parts = sheet_parts(book)
        names = [n for n, _, _ in parts]
        name, note = chosen(path, names, {n for n, shown, _ in parts if shown}, options.sheet)
        part = next(p for n, _, p in parts if n == name)
        if not options.sheet and options.holds is not None:
            others = [(n, p) for n, shown, p in parts if shown and n != name]
            alike = [n for n, p in others if options.holds(first_row_xml(book, p))]
            unsure(path, name, alike, options, lambda: first_row_xml(book, part))
        uncalculated = CALCULATED_ON_OPENING.search(book.read("xl/workbook.xml")) is not None
        extent = declared_extent(book, part)
        if extent is None or extent > CELL_BOUND:
            return sparse_cells(path, book, part, name, uncalculated), note
    if not uncalculated:
        return sheet_cells(load(fastexcel.read_excel(path), name)), note
    with ThreadPoolExecutor(1) as looking:  # on another core: calamine lets go of the GIL while it reads
        formula = looking.submit(first_formula, path, part)
        cells = sheet_cells(load(fastexcel.read_excel(path), name))
        found = formula.result()
    if found:
        raise not_calculated(path, name, found)
    return cells, note


def shared_strings(book: zipfile.ZipFile) -> list[str]:
    try:
        root = ElementTree.fromstring(book.read("xl/sharedStrings.xml"))
    except KeyError:
        return []
    ns = namespace_of(root)
    return ["".join(t.text or "" for t in item.iter(f"{ns}t")) for item in root.iter(f"{ns}si")]


def some_strings(book: zipfile.ZipFile, wanted: set[int]) -> dict[int, str]:
    """The shared strings of the numbers `wanted`, read from the start of their table up to the last one only."""
    found: dict[int, str] = {}
    if not wanted or "xl/sharedStrings.xml" not in book.namelist():
        return found
    number = 0
    ns = part_namespace(book, "xl/sharedStrings.xml")
    with book.open("xl/sharedStrings.xml") as f:
        for _, item in ElementTree.iterparse(f):
            if item.tag != f"{ns}si":
                continue
            if number in wanted:
                found[number] = "".join(t.text or "" for t in item.iter(f"{ns}t"))
                if len(found) == len(wanted):
                    break
            item.clear()
            number += 1
    return found


def first_row_xml(book: zipfile.ZipFile, part: str) -> list[object]:
    """The cells of the first row of a sheet's XML that holds something ([] when none does), read up to it only."""
    ns = part_namespace(book, part)
    with book.open(part) as f:
        for _, row in ElementTree.iterparse(f):
            if row.tag != f"{ns}row":
                continue
            cells = list(row.iter(f"{ns}c"))
            numbers = {
                int(v.text) for c in cells if c.get("t") == "s" and (v := c.find(f"{ns}v")) is not None and v.text
            }
            strings = some_strings(book, numbers)
            texts = [cell_text(c, strings) for c in cells]
            if any(t and t.strip() for t in texts):
                return [t or "" for t in texts]
            row.clear()
    return []


def number_text(text: str) -> str:
    """A number cell as calamine gives it: whole numbers with every digit, others in plain decimal notation."""
    import numpy as np

    value = float(text)
    if value.is_integer():
        return str(int(value))
    return np.format_float_positional(value, trim="-")


def cell_text(cell: ElementTree.Element, strings: Sequence[str] | dict[int, str]) -> str | None:
    """A cell of a sheet's XML as calamine gives it (None for an empty or error cell); `strings`: shared strings."""
    ns = namespace_of(cell)
    kind, value = cell.get("t"), cell.find(f"{ns}v")
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter(f"{ns}t"))
    if value is None or value.text is None or kind == "e":
        return None
    if kind == "s":
        return strings[int(value.text)]
    if kind == "b":
        return "true" if value.text == "1" else "false"
    if kind in ("str", "d"):
        return value.text
    return number_text(value.text)


def sparse_cells(path: Path, book: zipfile.ZipFile, part: str, name: str, uncalculated: bool = False) -> pd.DataFrame:
    """The sheet's cells that hold a value, read from its XML one by one: rows and columns that hold none cost
    nothing. LoadError when the cells themselves are more than CELL_BOUND, or when the workbook was written to be
    calculated when opened (`uncalculated`) and holds a formula."""
    strings = shared_strings(book)
    ns = part_namespace(book, part)
    rows: dict[int, dict[int, str]] = {}
    errors: list[ErrorCell] = []  # with the sheet's column number (1 = A) until placed in the cells, below
    count = 0
    with book.open(part) as f:
        for _, cell in ElementTree.iterparse(f):
            if cell.tag != f"{ns}c":
                if cell.tag == f"{ns}row":
                    cell.clear()
                continue
            formula = cell.find(f"{ns}f") if uncalculated else None
            if formula is not None:
                raise not_calculated(path, name, (cell.get("r") or "?", formula.text or ""))
            text = cell_text(cell, strings)
            failed = cell.get("t") == "e"
            if (text is None or text == "") and not failed:
                continue
            count += 1
            if count > CELL_BOUND:
                raise LoadError(
                    f"{path}: sheet {name!r} holds more than {CELL_BOUND:,} cells: not an export wine_luigi can read"
                )
            reference = CELL_REFERENCE.match(cell.get("r") or "")
            if reference is None:
                raise LoadError(f"{path}: sheet {name!r} holds a cell without its place (r={cell.get('r')!r})")
            letters, number = reference.groups()
            if text:
                rows.setdefault(int(number), {})[column_number(letters)] = text
            else:  # an error cell: empty, as calamine reads it, and noted
                errors.append((int(number), column_number(letters), reference[0], cell.findtext(f"{ns}v") or "?"))
    columns = sorted({c for row in rows.values() for c in row})
    cells = pd.DataFrame.from_dict(rows, orient="index", columns=columns, dtype=object).sort_index()
    cells.columns = range(len(columns))
    cells = cells.astype("string")
    position = {c: i for i, c in enumerate(columns)}  # an error in a column with no value has no header either
    cells.attrs["errors"] = [(r, position[c], place, shown) for r, c, place, shown in errors if c in position]
    return cells


def check_kind(path: Path, kind: str, magic: bytes) -> None:
    """A file of the wrong kind under a spreadsheet's name says what it is and how to fix it (not retried)."""
    with open(path, "rb") as f:
        head = f.read(4096)
    if head.startswith(magic):
        return
    if head.startswith(OLE_MAGIC):
        raise LoadError(
            f"{path}: not an {kind}: it is password-protected or an old .xls file; "
            "save it from Excel as .xlsx without a password (or name it .xls if it is an old Excel file)"
        )
    dialect = delimited.sniff(head)
    if dialect:
        encoding, separator = dialect
        raise LoadError(
            f"{path}: not an {kind}: this is CSV text ({delimited.separator_name(separator)} separated, {encoding}); "
            f"rename it to {path.stem}.csv and it is read as CSV (or export it from Excel as {path.suffix})"
        )
    raise LoadError(
        f"{path}: not an {kind} (neither a workbook nor CSV text); export it again from Excel as {path.suffix}"
    )
