"""Spreadsheets (.xlsx, .xlsm, .xlsb, .xls, .ods): the first sheet's cells, read by calamine (Rust) through
fastexcel straight to Arrow, every cell as text (so keys like 15298 and 13127-1 keep their canonical rules)."""
from wine_luigi.errors import LoadError
from wine_luigi.readers import delimited

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


def read_cells(path, options=None):
    """(cells of the first sheet as text, header row first; a note on how it was read: None)."""
    import fastexcel

    kind, magic = KINDS[path.suffix.lower()]
    check_kind(path, kind, magic)
    try:
        table = fastexcel.read_excel(path).load_sheet(0, header_row=None, dtypes="string").to_arrow()
    except Exception as exc:  # a damaged file, or one still being copied
        reason = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
        raise LoadError(f"{path}: not a readable {kind} ({type(exc).__name__}: {reason})", transient=True) from None
    return table.to_pandas(), None


def check_kind(path, kind, magic):
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
    raise LoadError(f"{path}: not an {kind} (neither a workbook nor CSV text); export it again from Excel as {path.suffix}")
