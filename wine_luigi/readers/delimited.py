"""Delimited text (.csv, .txt) as the shop's tools write it: the dialect is found per file, and can be forced.

- encoding: UTF-8 (with or without a byte order mark), UTF-16, else Windows-1252 (French Excel's "CSV (separator:
  ;)"), or Mac Roman or code page 850 (Excel for Mac's, MS-DOS's) when it reads the words' letters as letters;
- separator: `;`, `,`, tab or `|`, the one the header line uses most (outside quotes), unless a first line
  `sep=;` (Excel's directive, which Excel does not show) names it;
- quotes: `"`, doubled inside a value; a quoted value may hold the separator and line breaks;
- decimal mark of the contract's number columns: a comma (`24,2`) when the file's numbers use it, else a dot.
"""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from wine_luigi.contract import Source
from wine_luigi.errors import LoadError

if TYPE_CHECKING:
    from wine_luigi.readers import ReadOptions
from wine_luigi.raw_frame import canonical_text, replace_regex

EXTENSIONS = (".csv", ".txt")
BOM = b"\xef\xbb\xbf"
SEPARATORS = (";", ",", "\t", "|")
NAMES = {";": "';'", ",": "','", "\t": "tab", "|": "'|'"}
WORDS = {"tab": "\t", "\\t": "\t", "semicolon": ";", "comma": ",", "pipe": "|"}  # what [csv] delimiter also accepts
# a number written with a decimal comma or dot (patterns, not compiled: pandas then lets Arrow match them)
DECIMAL_COMMA = r"^[+-]?\d*,\d+$"
DECIMAL_DOT = r"^[+-]?\d*\.\d+$"
# thousands separators: 1,234,567.50 (English), 1 234 567,50 (French: a space, a no-break space or a narrow one)
THOUSANDS_COMMA = r"^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$"
SPACES = " \u00a0\u202f"  # a space, a no-break space, a narrow no-break space (French Excel writes one of the last two)
THOUSANDS_SPACE = "^[+-]?\\d{1,3}([" + SPACES + "]\\d{3})+(,\\d+)?$"
# 1,234 is 1234 with a thousands separator, or 1.234 with a decimal comma: only the file's other numbers can tell
AMBIGUOUS = r"^[+-]?\d{1,3},\d{3}$"
# 1,234,567: two commas or more are thousands separators, whatever the file (a decimal comma is one comma)
GROUPS_COMMA = r"^[+-]?\d{1,3}(,\d{3}){2,}$"


def separator_name(separator: str) -> str:
    return NAMES.get(separator, repr(separator))


UTF16_BOMS = {b"\xff\xfe": "utf-16-le", b"\xfe\xff": "utf-16-be"}
# Excel's directive, alone on the first line (`sep=;`), that some tools write to tell Excel the separator
SEP_LINE = re.compile(r'"?sep=([^\r\n"])"?[ \t]*(?:\r\n|\r|\n)', re.IGNORECASE)


def decode(path: Path, data: bytes, forced: str = "auto") -> tuple[str, str]:
    """(text, encoding name): UTF-8 with or without BOM, UTF-16 (Excel's "Unicode Text") with or without BOM, else
    cp1252; LoadError naming the first byte none of them reads, or a NUL character anywhere (a binary file)."""
    if forced != "auto":
        try:
            text, encoding = data.decode(forced), forced
        except UnicodeDecodeError as error:
            raise LoadError(
                f"{path}: not {forced} text: byte 0x{data[error.start]:02X} at offset {error.start} cannot be decoded "
                f"([csv] encoding = {forced})"
            ) from None
        except LookupError:
            raise LoadError(
                f"{path}: [csv] encoding = {forced} is not an encoding Python knows (auto, utf-8, cp1252, …)"
            ) from None
        return without_nul(path, text.removeprefix("\ufeff")), encoding
    text, encoding = auto_decoded(path, data)
    return without_nul(path, text), encoding


def without_nul(path: Path, text: str) -> str:
    """`text`, unless it holds a NUL character (anywhere): a spreadsheet or another binary file, not text."""
    at = text.find("\x00")
    if at >= 0:
        raise LoadError(
            f"{path}: not text (it holds NUL bytes): a spreadsheet or another binary file under a text name? (the "
            f"first is on line {line_at(text, at)})"
        )
    return text


def line_at(text: str, offset: int) -> int:
    """The line (1 = the first) of `text` the character at `offset` is on, as an editor numbers it: lines end with
    LF or CRLF, or with CR in a file that has no LF before it."""
    return (text.count("\n", 0, offset) or text.count("\r", 0, offset)) + 1


def utf16_without_bom(data: bytes) -> str | None:
    """The UTF-16 encoding of text without a byte order mark (every other byte NUL, as ASCII text is), or None."""
    head = data[:4096]
    if len(head) < 2 or len(data) % 2:
        return None
    for encoding, zeros in (("utf-16-le", head[1::2]), ("utf-16-be", head[0::2])):
        if zeros.count(0) > 0.9 * len(zeros) and head[0 if encoding == "utf-16-le" else 1 :: 2].count(0) < 0.1 * len(
            zeros
        ):
            return encoding
    return None


def auto_decoded(path: Path, data: bytes) -> tuple[str, str]:
    if data.startswith(BOM):
        try:
            return data[len(BOM) :].decode("utf-8"), "utf-8 with BOM"
        except UnicodeDecodeError as error:
            offset = error.start + len(BOM)
            raise LoadError(
                f"{path}: starts as UTF-8 (byte order mark) but byte 0x{data[offset]:02X} at offset {offset} is not "
                "UTF-8"
            ) from None
    for bom, encoding in UTF16_BOMS.items():
        if data.startswith(bom):
            try:
                return data[len(bom) :].decode(
                    encoding
                ), f"{encoding.replace('-le', '').replace('-be', ' big-endian')} with BOM"
            except UnicodeDecodeError as error:
                raise LoadError(
                    f"{path}: starts as UTF-16 (byte order mark) but bytes at offset {error.start + 2} are not UTF-16"
                ) from None
    utf16 = utf16_without_bom(data)
    if utf16:
        try:
            return data.decode(utf16), utf16.replace("-le", "").replace("-be", " big-endian")
        except UnicodeDecodeError:
            pass
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as error:
        if mostly_utf8(data, error.start):
            byte, before = data[error.start], data[: error.start].decode("utf-8")  # UTF-8 up to there
            shown = bytes([byte]).decode("cp1252", errors="replace")
            raise LoadError(
                f"{path}: UTF-8 text but for byte 0x{byte:02X} on line {line_at(before, len(before))} (offset "
                f"{error.start}; Windows-1252's {shown!r}?), which is not UTF-8: part of the file was saved by another "
                "program; save it again as CSV UTF-8, or set [csv] encoding"
            ) from None
    return one_byte(path, data)


# one-byte encodings of the tools that write CSV: Windows' (French Excel's "CSV (separator: ;)"), Excel for Mac's
# "Comma Separated Values", MS-DOS's ("MS-DOS Comma Separated")
ONE_BYTE = ("cp1252", "mac_roman", "cp850")
# bytes that Windows-1252 reads as no small letter (Ž, ‰, ˆ, ™, ‚, …) but that are French small letters in Mac Roman
# (é, â, à, ô) or code page 850 (é, à): one between small ASCII letters (`CrŽmant`) makes a Windows-1252 file worth
# a closer look. Not its quotes and dashes (`qu’il`), nor its small letters (š, œ, ž, ƒ)
HINT_BYTES = bytes([0x81, 0x82, *range(0x85, 0x8B), *range(0x8C, 0x91), 0x95, 0x98, 0x99, 0x9D, 0x9F])
NOT_HINT = bytes(sorted(set(range(256)) - set(HINT_BYTES)))
# (letter, byte, letter): a byte of 0x80-0xFF between two ASCII letters (the byte first, for a fast scan)
INSIDE_A_WORD = re.compile(rb"([\x80-\xff])(?<=([A-Za-z])[\x80-\xff])(?=([A-Za-z]))")


def misread_hint(data: bytes) -> bool:
    """A byte of HINT_BYTES between two small ASCII letters."""
    small = range(ord("a"), ord("z") + 1)
    for byte in set(data.translate(None, NOT_HINT)):  # usually none: a pass as fast as a copy
        at = data.find(byte, 1)
        while 0 < at < len(data) - 1:
            if data[at - 1] in small and data[at + 1] in small:
                return True
            at = data.find(byte, at + 1)
    return False


def one_byte(path: Path, data: bytes) -> tuple[str, str]:
    """Text in Windows-1252, unless it does not decode so or its words hold characters that are no letters there
    (`CrŽmant`, `Ch‰teau`) and another of ONE_BYTE reads them as letters (`Crémant`, `Château`): the one whose words
    hold the fewest such characters, Windows-1252 on a tie. LoadError when Windows-1252 cannot decode it and no other
    reads more letters than such characters inside its words (nothing tells which is right)."""
    failed = None
    try:
        text = data.decode("cp1252")
        if not misread_hint(data):
            return text, "cp1252"  # the usual case: no closer look
    except UnicodeDecodeError as error:
        failed = error
    inside = Counter(INSIDE_A_WORD.findall(data))
    marks = {e: word_marks(inside, e) for e in ONE_BYTE if e != "cp1252" or failed is None}
    best = min(marks, key=lambda e: (marks[e][0], -marks[e][1], ONE_BYTE.index(e)))
    wrong, right = marks[best]
    if best != "cp1252" and wrong < right and wrong < marks.get("cp1252", (len(data) + 1, 0))[0]:
        return data.decode(best), best
    if failed is None:
        return text, "cp1252"
    byte = data[failed.start]
    before = data[: failed.start].decode("cp1252", errors="replace")
    raise LoadError(
        f"{path}: not text in UTF-8 or Windows-1252: byte 0x{byte:02X} on line {line_at(before, len(before))} (offset "
        f"{failed.start}) cannot be decoded; export it again as CSV UTF-8, or set [csv] encoding (Excel for Mac's "
        f'"Comma Separated Values" is mac_roman, where it is {bytes([byte]).decode("mac_roman")!r})'
    ) from None


def word_marks(inside: Counter[tuple[bytes, bytes, bytes]], encoding: str) -> tuple[int, int]:
    """(bytes between two ASCII letters that are no letter there in `encoding`: a sign, a modifier, a capital
    between small letters; those that are letters), of `inside`'s counts. A dash or a quote (an apostrophe) counts
    for neither."""
    wrong = right = 0
    for (byte, before, after), count in inside.items():
        kind = unicodedata.category(byte.decode(encoding, errors="replace"))
        if kind in ("Ll", "Lt", "Lo") or (kind == "Lu" and not (before.islower() and after.islower())):
            right += count
        elif kind not in ("Pd", "Pi", "Pf"):  # a dash, an opening or closing quote: punctuation of any text
            wrong += count
    return wrong, right


def mostly_utf8(data: bytes, bad: int, window: int = 1 << 16) -> bool:
    """The file is UTF-8 but for some bytes, `bad` (the offset of the first that is not) among them: within `window`
    bytes of it, UTF-8 characters outnumber the bytes that are not UTF-8. Read as Windows-1252, each of its UTF-8
    characters would be two or three wrong ones (`é` as `Ã©`); a Windows-1252 file has few or no byte sequences that
    are also UTF-8 (`Ã©` itself)."""
    start = max(0, bad - window)
    while start < bad and 0x80 <= data[start] < 0xC0:  # not in the middle of a character
        start += 1
    text = data[start : bad + window].decode("utf-8", errors="replace")
    invalid = text.count("\ufffd")
    return len(text) - len(text.encode("ascii", errors="ignore")) - invalid > invalid


def header_separator(text: str) -> str | None:
    """The separator the first line that is not blank (outside quotes) uses most; None when it uses none."""
    counts, quoted = dict.fromkeys(SEPARATORS, 0), False
    for char in text.lstrip("\r\n"):
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "\r\n":
            break
        elif not quoted and char in counts:
            counts[char] += 1
    best = max(SEPARATORS, key=lambda s: counts[s])
    return best if counts[best] else None


def sniff(head: bytes, window: int = 4096) -> tuple[str, str] | None:
    """(encoding, separator) when these first bytes of a file (up to `window`) read as delimited text, else None."""
    if b"\x00" in head:
        return None
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = head.decode(encoding)
        except UnicodeDecodeError as error:
            if (
                encoding == "utf-8-sig" and len(head) == window and error.start > window - 4
            ):  # a character cut by the window
                text = head[: error.start].decode(encoding)
            else:
                continue
        separator = header_separator(text)
        return (encoding.replace("utf-8-sig", "utf-8"), separator) if separator else None
    return None


def ends_mid_line(path: Path) -> bool:
    """The file's last line has no line break at its end (in a one-byte encoding or in UTF-16)."""
    with open(path, "rb") as f:
        f.seek(max(os.fstat(f.fileno()).st_size - 2, 0))
        return not f.read().rstrip(b"\x00").endswith((b"\n", b"\r"))


def read_cells(path: Path, options: ReadOptions) -> tuple[pd.DataFrame, dict[str, str]]:
    """(cells, header row first, as text, indexed by row number as a spreadsheet program shows the file (1 = the
    first line; a blank line is a row, a record with line breaks in quotes one row); the dialect found:
    {"encoding", "separator"})."""
    data = path.read_bytes()
    text, encoding = decode(path, data, options.encoding)
    directive = SEP_LINE.match(text)
    if directive:  # Excel does not show this line: the header is row 1
        text = text[directive.end() :]
    if not text.strip():
        raise LoadError(f"{path}: the file holds no text (only blank lines or a byte order mark)")
    forced = WORDS.get(options.delimiter, options.delimiter)
    if forced != "auto":
        separator = forced
    else:
        separator = directive.group(1) if directive else (header_separator(text) or ",")
    cells = arrow_cells(text, separator)
    if cells is None:  # a row that is not a plain record of the header's width: the exact reader says which
        cells = python_cells(path, text, separator, encoding)
    unclosed = unclosed_quote(text, cells)
    if unclosed:
        line, lost = unclosed
        raise LoadError(
            f'{path}: line {line + bool(directive)} opens a quote (") that is never closed: read so, its value would '
            f"run to the end of the file and the file's last {lost} line(s) would be lost in it: close the quote, or "
            'write it twice ("") if it is part of the value',
            cut_short=True,  # or a copy cut short inside a quoted value: one still under way says so first
        )
    return cells, {"encoding": encoding, "separator": separator}


def unclosed_quote(text: str, cells: pd.DataFrame) -> tuple[int, int] | None:
    """(the line of `text` where a quote opens that is never closed, how many whole lines after it that value holds)
    when it holds any (the records they were are lost in it), else None. Such a value is the last one read: from
    the quote to the end of the file, each quote in it doubled (a single one would have closed it)."""
    last = cells.iloc[-1].dropna() if len(cells) else cells
    if last.empty:
        return None
    value = str(last.iloc[-1])
    lines = len(value.rstrip("\r\n").splitlines())
    raw = value.replace('"', '""')
    start = len(text) - len(raw) - 1
    if lines < 2 or start < 0 or text[start] != '"' or not text.endswith(raw):
        return None
    return line_at(text, start), lines - 1


def records(text: str, separator: str) -> Any:  # csv.reader: rows, and the line it has reached
    return csv.reader(io.StringIO(text, newline=""), delimiter=separator, quotechar='"', doublequote=True, strict=False)


def python_cells(path: Path, text: str, separator: str, encoding: str) -> pd.DataFrame:
    """Every record of `text` with its row number, blank ones skipped, short ones padded (some tools leave out a
    line's trailing empty fields); LoadError on a record longer than the header, and on a short last record with no
    line break after it: a file cut short. A field may be of any length."""
    rows, numbers, width, last = [], [], None, (0, 0)  # last: (line, fields) of the last record that is not blank
    reader = records(text, separator)
    limit = csv.field_size_limit()
    csv.field_size_limit(max(limit, len(text) + 1))  # a 2 MB post_content is a field like any other
    try:
        for number, record in enumerate(reader, start=1):
            if not any(field.strip() for field in record):  # a blank line, or a row of empty cells
                continue
            if width is None:
                width = len(record)
            elif len(record) > width and any(field.strip() for field in record[width:]):
                raise LoadError(
                    f"{path}: line {reader.line_num} has {len(record)} fields, the header has {width}: "
                    f"a value holding {separator_name(separator)} without quotes? (separator "
                    f"{separator_name(separator)}, {encoding})"
                )
            rows.append(record[:width] + [""] * (width - len(record)))
            numbers.append(number)
            last = (reader.line_num, len(record))
    except csv.Error as error:
        raise LoadError(f"{path}: line {reader.line_num} is not valid CSV ({error})") from None
    finally:
        csv.field_size_limit(limit)
    if width is not None and last[1] < width and not text.endswith(("\n", "\r")):
        raise LoadError(
            f"{path}: its last line ({last[0]}) has {last[1]} of the header's {width} fields and the file "
            "ends there, without a line break: it was cut short (a copy or a save that stopped?): export or copy it "
            "again",
            cut_short=True,
        )
    return pd.DataFrame(rows, index=numbers, dtype=object).replace("", None)


HEAD = 1 << 16  # where the header record is looked for


def arrow_cells(text: str, separator: str) -> pd.DataFrame | None:
    """The same cells as python_cells, parsed by Arrow's CSV reader (several times as fast) when every record has
    exactly the header's number of fields and nothing else is unusual; None otherwise."""
    import pyarrow as pa
    import pyarrow.csv as pv

    header = next((r for r in records(text[:HEAD], separator) if any(f.strip() for f in r)), None)
    if header is None:
        return None
    width, odd = len(header), []

    def invalid(row: list[str]) -> str:
        odd.append(row)
        return "skip"

    try:
        table = pv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            read_options=pv.ReadOptions(autogenerate_column_names=True),
            # a blank line is a row too: kept as an odd record, it sends the file to the reader that numbers rows
            parse_options=pv.ParseOptions(
                delimiter=separator,
                quote_char='"',
                double_quote=True,
                escape_char=False,
                newlines_in_values=True,
                ignore_empty_lines=False,
                invalid_row_handler=invalid,
            ),
            convert_options=pv.ConvertOptions(
                column_types={f"f{i}": pa.string() for i in range(width)},
                null_values=[""],
                strings_can_be_null=True,
                quoted_strings_can_be_null=True,
            ),
        )
    except (pa.ArrowInvalid, ValueError):
        return None
    if odd or table.num_columns != width:
        return None
    cells = table.to_pandas()
    cells.columns = range(width)
    cells.index = pd.RangeIndex(1, len(cells) + 1)
    blank = pd.Series(True, index=cells.index)
    for column in cells.columns:  # a row of empty cells is skipped, as a blank line is
        blank[blank] = cells.loc[blank, column].fillna("").str.strip().eq("")
        if not blank.any():
            return cells
    return cells[~blank]


def decimal_mark(
    raw: pd.DataFrame, source: Source, forced: str = "auto", separator: str = ","
) -> tuple[pd.DataFrame, str]:
    """(raw with the number columns written as the dot-decimal numbers they mean, the mark found: comma, dot, mixed,
    or none when no number has decimals).

    Thousands separators are recognised, never taken for decimals: `1,234.50` in a dot file and `1 234,50` in a comma
    file. `1,234` alone is read as 1234 in a file whose numbers use a dot (or that has no decimals and is comma
    separated, as English tools write it); in a file that uses a decimal comma (or a semicolon separated one, as
    French Excel writes it) it could be either, and is left for the quality gate to name; `1,234,567` is 1234567 in
    a file with no decimals, whatever its separator. A file whose number columns mix `24,2` and `24.2` is left as
    it is: the quality gate names the rows of the fewer."""
    numbers = [c.name for c in source.columns if c.type in ("number", "int") and c.name in raw.columns]
    values = pd.concat([raw[c].dropna() for c in numbers]) if numbers else pd.Series([], dtype="string")
    ambiguous = values.str.match(AMBIGUOUS)
    commas = (values.str.match(DECIMAL_COMMA) & ~ambiguous).any() or values.str.match(THOUSANDS_SPACE).any()
    dots = values.str.match(DECIMAL_DOT).any() or values.str.match(r"^[+-]?\d{1,3}(,\d{3})+\.\d+$").any()
    if forced in (",", "."):
        mark = {",": "comma", ".": "dot"}[forced]
    else:
        mark = "mixed" if commas and dots else "comma" if commas else "dot" if dots else "none"
    if mark == "none" and separator != ",":
        convert = {c: decimal_comma(without(raw[c], GROUPS_COMMA, ","), False) for c in numbers}
    elif mark == "comma":
        convert = {c: decimal_comma(raw[c], forced == ",") for c in numbers}
    elif mark in ("dot", "none"):
        convert = {c: without(raw[c], THOUSANDS_COMMA, ",") for c in numbers}
    else:
        convert = {}
    return (raw.assign(**{c: canonical_text(v) for c, v in convert.items()}) if convert else raw), mark


def without_units(raw: pd.DataFrame, source: Source) -> tuple[pd.DataFrame, list[str]]:
    """(raw with the sign of each column that has a unit dropped where a cell is a number written beside it, as a
    currency format shows it and Excel saves it in CSV: `24,20 €`, `24,20\u00a0€`, `€24.20`, `-24,20 €`; the
    columns where it was). A sign written twice, another currency or any other text is left for the quality gate."""
    found, dropped = [], {}
    for column in source.columns:
        if not column.unit or column.name not in raw.columns:
            continue
        values = raw[column.name]
        sign, digits = re.escape(column.unit), f"[0-9][0-9{SPACES}.,]*"  # the number: its form is judged later
        plain = replace_regex(values, f"^([+-]?){sign}[{SPACES}]*({digits})$", r"\1\2")  # €24.20
        plain = replace_regex(plain, f"^([+-]?{digits}?)[{SPACES}]*{sign}$", r"\1")  # 24,20 € (*? leaves the spaces)
        if plain.ne(values).fillna(False).any():
            found.append(column.name)
            dropped[column.name] = plain
    return (raw.assign(**dropped) if dropped else raw), found


def without(values: pd.Series, grouped: str, separator: str) -> pd.Series:
    """The values that match `grouped` (a number with thousands separators) without their `separator`s."""
    matched = values.str.match(grouped).fillna(False).astype(bool)
    if not matched.any():
        return values
    return values.mask(matched, values.str.replace(separator, "", regex=True))


def decimal_comma(values: pd.Series, forced: bool) -> pd.Series:
    """Values of a decimal comma file as dot-decimal numbers: thousands spaces dropped, the comma made a dot; `1,234`
    left as it is (ambiguous) unless the comma is forced ([csv] decimal = ,)."""
    values = without(values, THOUSANDS_SPACE, f"[{SPACES}]")
    convertible = values.str.match(DECIMAL_COMMA).fillna(False).astype(bool)
    if not forced:
        convertible &= ~values.str.match(AMBIGUOUS).fillna(False).astype(bool)
    return values.mask(convertible, values.str.replace(r"^([+-]?\d*),(\d+)$", r"\1.\2", regex=True))
