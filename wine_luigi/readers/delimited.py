"""Delimited text (.csv, .txt) as the shop's tools write it: the dialect is found per file, and can be forced.

- encoding: UTF-8 (with or without a byte order mark), else Windows-1252 (French Excel's "CSV (separator: ;)");
- separator: `;`, `,`, tab or `|`, the one the header line uses most (outside quotes);
- quotes: `"`, doubled inside a value; a quoted value may hold the separator and line breaks;
- decimal mark of the contract's number columns: a comma (`24,2`) when the file's numbers use it, else a dot.
"""
import csv
import io

import pandas as pd

from wine_luigi.errors import LoadError
from wine_luigi.extract import canonical_text

EXTENSIONS = (".csv", ".txt")
BOM = b"\xef\xbb\xbf"
SEPARATORS = (";", ",", "\t", "|")
NAMES = {";": "';'", ",": "','", "\t": "tab", "|": "'|'"}
WORDS = {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ",", "pipe": "|"}  # what [csv] delimiter also accepts
# a number written with a decimal comma or dot (patterns, not compiled: pandas then lets Arrow match them)
DECIMAL_COMMA = r"^[+-]?\d*,\d+$"
DECIMAL_DOT = r"^[+-]?\d*\.\d+$"


def separator_name(separator):
    return NAMES.get(separator, repr(separator))


def decode(path, data, forced="auto"):
    """(text, encoding name): UTF-8 with or without BOM, else cp1252; LoadError naming the first byte neither reads."""
    if b"\x00" in data[:65536]:
        raise LoadError(f"{path}: not text (it holds NUL bytes): a spreadsheet or another binary file under a text name?")
    if forced != "auto":
        try:
            return data.decode(forced), forced
        except UnicodeDecodeError as error:
            raise LoadError(f"{path}: not {forced} text: byte 0x{data[error.start]:02X} at offset {error.start} cannot be decoded ([csv] encoding = {forced})") from None
        except LookupError:
            raise LoadError(f"{path}: [csv] encoding = {forced} is not an encoding Python knows (auto, utf-8, cp1252, …)") from None
    if data.startswith(BOM):
        try:
            return data[len(BOM):].decode("utf-8"), "utf-8 with BOM"
        except UnicodeDecodeError as error:
            offset = error.start + len(BOM)
            raise LoadError(f"{path}: starts as UTF-8 (byte order mark) but byte 0x{data[offset]:02X} at offset {offset} is not UTF-8") from None
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError as error:
        raise LoadError(
            f"{path}: not text in UTF-8 or Windows-1252: byte 0x{data[error.start]:02X} at offset {error.start} cannot be decoded; "
            "export it again as CSV (UTF-8), or set [csv] encoding"
        ) from None


def header_separator(text):
    """The separator the first line (outside quotes) uses most; None when it uses none."""
    counts, quoted = dict.fromkeys(SEPARATORS, 0), False
    for char in text:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(SEPARATORS, key=lambda s: counts[s])
    return best if counts[best] else None


def sniff(head, window=4096):
    """(encoding, separator) when these first bytes of a file (up to `window`) read as delimited text, else None."""
    if b"\x00" in head:
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError as error:
            if encoding == "utf-8-sig" and len(head) == window and error.start > window - 4:  # a character cut by the window
                text = head[: error.start].decode(encoding)
            else:
                continue
        separator = header_separator(text)
        return (encoding.replace("utf-8-sig", "utf-8"), separator) if separator else None
    return None


def read_cells(path, options):
    """(cells, header row first, as text; the dialect found: {"encoding", "separator"})."""
    data = path.read_bytes()
    text, encoding = decode(path, data, options.encoding)
    if not text.strip():
        raise LoadError(f"{path}: the file holds no text (only blank lines or a byte order mark)")
    forced = WORDS.get(options.delimiter, options.delimiter)
    separator = (header_separator(text) or ",") if forced == "auto" else forced
    cells = arrow_cells(text, separator)
    if cells is None:  # a row that is not a plain record of the header's width: the exact reader says which
        cells = python_cells(path, text, separator, encoding)
    return cells, {"encoding": encoding, "separator": separator}


def records(text, separator):
    return csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar='"', doublequote=True, strict=False)


def python_cells(path, text, separator, encoding):
    """Every record of `text`, blank ones skipped, short ones padded; LoadError on a record longer than the header."""
    rows, width = [], None
    reader = records(text, separator)
    try:
        for record in reader:
            if not any(field.strip() for field in record):  # a blank line, or a row of empty cells
                continue
            if width is None:
                width = len(record)
            elif len(record) > width and any(field.strip() for field in record[width:]):
                raise LoadError(
                    f"{path}: line {reader.line_num} has {len(record)} fields, the header has {width}: "
                    f"a value holding {separator_name(separator)} without quotes? (separator {separator_name(separator)}, {encoding})"
                )
            rows.append(record[:width] + [""] * (width - len(record)))
    except csv.Error as error:
        raise LoadError(f"{path}: line {reader.line_num} is not valid CSV ({error})") from None
    return pd.DataFrame(rows, dtype=object).replace("", None)


HEAD = 1 << 16  # where the header record is looked for


def arrow_cells(text, separator):
    """The same cells as python_cells, parsed by Arrow's CSV reader (several times as fast) when every record has
    exactly the header's number of fields and nothing else is unusual; None otherwise."""
    import pyarrow as pa
    import pyarrow.csv as pv

    header = next((r for r in records(text[:HEAD], separator) if any(f.strip() for f in r)), None)
    if header is None:
        return None
    width, odd = len(header), []

    def invalid(row):
        odd.append(row)
        return "skip"

    try:
        table = pv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            read_options=pv.ReadOptions(autogenerate_column_names=True),
            parse_options=pv.ParseOptions(delimiter=separator, quote_char='"', double_quote=True, escape_char=False,
                                          newlines_in_values=True, ignore_empty_lines=True, invalid_row_handler=invalid),
            convert_options=pv.ConvertOptions(column_types={f"f{i}": pa.string() for i in range(width)}, null_values=[""],
                                              strings_can_be_null=True, quoted_strings_can_be_null=True),
        )
    except (pa.ArrowInvalid, ValueError):
        return None
    if odd or table.num_columns != width:
        return None
    cells = table.to_pandas()
    cells.columns = range(width)
    blank = pd.Series(True, index=cells.index)
    for column in cells.columns:  # a row of empty cells is skipped, as a blank line is
        blank[blank] = cells.loc[blank, column].fillna("").str.strip().eq("")
        if not blank.any():
            return cells
    return cells[~blank].reset_index(drop=True)


def decimal_mark(raw, source, forced="auto"):
    """(raw with the decimal comma of its number columns turned into a dot, the mark found: comma, dot, mixed, or
    none when no number has decimals).

    A file whose number columns mix `24,2` and `24.2` is left as it is: the quality gate names the keys."""
    numbers = [c.name for c in source.columns if c.type in ("number", "int") and c.name in raw.columns]
    values = pd.concat([raw[c].dropna() for c in numbers]) if numbers else pd.Series([], dtype="string")
    commas, dots = values.str.match(DECIMAL_COMMA).any(), values.str.match(DECIMAL_DOT).any()
    if forced == ",":
        mark = "comma"
    elif forced == ".":
        mark = "dot"
    else:
        mark = "mixed" if commas and dots else "comma" if commas else "dot" if dots else "none"
    if mark == "comma":
        raw = raw.assign(**{c: canonical_text(raw[c].str.replace(r"^([+-]?\d*),(\d+)$", r"\1.\2", regex=True)) for c in numbers})
    return raw, mark
