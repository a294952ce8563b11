"""Read one export of a month into a raw frame, whatever its format. The reader is picked by the file's
extension; everything after it (raw parquet, canonical keys, sheet row numbers, rejects, gates) is the same, so
the same data as CSV or as xlsx gives the same deliverables."""
from dataclasses import dataclass
from pathlib import Path

from wine_luigi.errors import LoadError
from wine_luigi.extract import frame_from_cells
from wine_luigi.readers import delimited, spreadsheet

READERS = {**dict.fromkeys(spreadsheet.EXTENSIONS, spreadsheet), **dict.fromkeys(delimited.EXTENSIONS, delimited)}
SUPPORTED = tuple(READERS)


@dataclass(frozen=True)
class CsvOptions:
    """[csv] of luigi.cfg: each is "auto" or forced (encoding utf-8 / cp1252 / …, delimiter ; , tab |, decimal , .)."""

    encoding: str = "auto"
    delimiter: str = "auto"
    decimal: str = "auto"


def read_cells(path, options=CsvOptions()):
    """(cells of the export at `path`, header row first, as text; the CSV dialect found, or None). LoadError when the
    file cannot be read; its `transient` says whether it may still be on its way (empty, cut short)."""
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise LoadError(f"{path}: {path.suffix or 'a name without extension'} is not a format wine_luigi reads ({', '.join(SUPPORTED)})")
    if path.stat().st_size == 0:
        raise LoadError(f"{path}: the file is empty (0 bytes)", transient=True)
    return reader.read_cells(path, options)


def read_source(path, source, columns=None, options=CsvOptions()):
    """(raw frame of the export at `path` for `source`, how it was read: None, or the CSV dialect as a phrase).

    `columns` maps contract columns to the file's headers ([erp_columns] …). LoadError when the file cannot be used."""
    path = Path(path)
    cells, dialect = read_cells(path, options)
    raw = frame_from_cells(cells, source, path.name, columns)
    if dialect is None:
        return raw, None
    raw, mark = delimited.decimal_mark(raw, source, options.decimal)
    marks = {"comma": "decimal comma", "dot": "decimal dot", "mixed": "decimal comma and dot mixed", "none": "no decimals"}
    return raw, f"{dialect['encoding']}, {delimited.separator_name(dialect['separator'])} separated, {marks[mark]}"
