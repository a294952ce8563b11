"""Read one source workbook into a raw frame: every row, sheet row numbers, headers and keys normalised."""
import html
from pathlib import Path

import pandas as pd

from wine_luigi.errors import LoadError
from wine_luigi.rules import ROW

ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def read_workbook(path, source):
    """The first sheet of `path` as a raw frame for `source`; LoadError when it is not a usable xlsx."""
    path = Path(path)
    _check_is_xlsx(path)
    try:
        cells = pd.read_excel(path, sheet_name=0, header=None, dtype=object, engine="calamine")
    except Exception as exc:  # calamine raises several types for damaged archives
        raise LoadError(f"{path}: not a readable xlsx workbook ({type(exc).__name__}: {exc})") from None
    return frame_from_cells(cells, source, path.name)


def _check_is_xlsx(path):
    with open(path, "rb") as f:
        head = f.read(8)
    if not head:
        raise LoadError(f"{path}: the file is empty (0 bytes)")
    if head.startswith(OLE_MAGIC):
        raise LoadError(
            f"{path}: not an xlsx workbook: it is password-protected or an old .xls file; "
            "save it from Excel as .xlsx without a password"
        )
    if not head.startswith(ZIP_MAGIC):
        raise LoadError(f"{path}: not an xlsx workbook (it looks like text or CSV); export it from Excel as .xlsx")


def normalise_header(values):
    """Trimmed, lower-case names; blanks become unnamed_<n>; repeats become <name>__<k> (the gate reports them)."""
    names, seen = [], {}
    for i, value in enumerate(values, start=1):
        name = "" if pd.isna(value) else str(value).strip().lower()
        name = name or f"unnamed_{i}"
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name}__{seen[name]}")
    return names


def canonical_text(values):
    """Cells as trimmed text; 15298, 15298.0, '15298.0' and ' 15298 ' all become '15298'."""
    text = values.astype("string").str.strip()
    text = text.str.replace(r"^([+-]?\d+)\.0*$", r"\1", regex=True)
    return text.mask(text == "")


def unescape_html(text):
    """`Agrapart &amp; Fils` -> `Agrapart & Fils` (only the cells that hold an entity are touched)."""
    has_entity = text.str.contains("&", regex=False).fillna(False).astype(bool)
    return text.mask(has_entity, text[has_entity].map(html.unescape))


def frame_from_cells(cells, source, file_name):
    """Header row -> column names; contract columns as canonical text; the rest parquet-safe."""
    header = normalise_header(cells.iloc[0].tolist()) if len(cells) else []
    data = cells.iloc[1:].reset_index(drop=True)
    data.columns = header
    for name in header:
        if name in source.required:
            data[name] = canonical_text(data[name])
            if source.column(name).html:
                data[name] = unescape_html(data[name])
        else:
            data[name] = _parquet_safe(data[name])
    data.insert(0, ROW, pd.RangeIndex(2, len(data) + 2))
    data.attrs = {"file": file_name, "header": [str(v) for v in (cells.iloc[0].tolist() if len(cells) else [])]}
    return data


def _parquet_safe(values):
    inferred = values.infer_objects()
    return canonical_text(inferred) if inferred.dtype == object else inferred
