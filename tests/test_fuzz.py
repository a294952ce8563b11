"""A fuzzer: random months written as random workbooks and CSV files (hidden sheets, far cells, blank rows, encodings,
separators, decimal marks, huge numbers, control characters, junk cells, Excel error cells, headers in another case
or renamed in the month's settings file, extra columns in any order, keys as number cells), with the rows a shop's
exports really hold (attachment rows, web rows without a sku, ERP products not sold online, rows exported twice),
shuffled, each run through the real `luigi` command. Every run must end in published figures that are exactly those
of an independent computation (revenues, total, premium and ordinary, every rejected row with its reason), or in a
named stop (exit 30, no traceback), never in a crash, a signal or a forged log line; a month without junk or a value
a gate refuses by design must be published. And months run again after some of their exports were replaced (with the
old files' dates): the rerun must publish the figures of the new exports, or stop by name leaving the earlier ones as
they were.

`make test` runs a fixed, small set of examples (the same every time); `make fuzz` runs many more, new ones each time
(WINE_LUIGI_FUZZ_EXAMPLES, default 300)."""

import csv
import html
import io
import os
import re
import sqlite3
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, localcontext

import openpyxl
import pytest
from hypothesis import HealthCheck, event, example, given, settings
from hypothesis import strategies as st
from openpyxl.utils.escape import unescape

from helpers import listing, project_config, run_luigi

EXAMPLES = int(os.environ.get("WINE_LUIGI_FUZZ_EXAMPLES", "0"))  # 0: the fixed set of make test
FORGED = "ERROR: forged line"
FUZZING = {  # how hypothesis runs each fuzz test: the same examples in make test, new ones in make fuzz
    "deadline": None,
    "derandomize": not EXAMPLES,
    "database": None,
    "suppress_health_check": [HealthCheck.function_scoped_fixture, HealthCheck.too_slow, HealthCheck.data_too_large],
}


@dataclass
class Export:
    """One export: its header and rows as the truth has them (Python values), and how it is written."""

    header: list
    rows: list
    form: str = "xlsx"  # xlsx or csv
    hidden_first: bool = False  # an old, hidden sheet before the real one
    also: str = ""  # a visible sheet after the real one: "notes" (other columns) or "twin" (the export's, last month's)
    far_cell: tuple = ()  # (row, column) of a stray value far from the data
    leading_blank: int = 0  # blank rows above the header
    blank_every: int = 0  # a blank row after every k data rows
    as_text: set = field(default_factory=set)  # columns written as text cells in a workbook
    encoding: str = "utf-8"
    separator: str = ","
    decimal: str = "."
    thousands: bool = False  # numbers written with thousands separators
    euro: str = ""  # prices as a euro format shows them in a CSV ("{} €", "€{}"); empty: the number alone
    ending: str = "\r\n"  # a CSV's lines: "\r\n" after each; "" none after the last (as Google Sheets writes it);
    # "trimmed": a line break after each, but a line's trailing empty fields left out (as some tools write them)
    cut: float = 0.0  # a CSV whose copy stopped in its last row: where, as a fraction of that row; 0.0 for whole
    cut_fields: int = 0  # set as it is written: the fields of the cut last line (the month stops naming them)
    names: dict = field(default_factory=dict)  # contract column -> its header in the file (case, spaces, renamed)
    order: list = field(default_factory=list)  # the file's columns in their order, with extra ones; empty: header's
    numeric_keys: bool = False  # a workbook's sku / id_web of plain digits written as number cells
    junk: int = 0  # cells of junk put in its rows


class ExcelError(str):
    """A cell that holds an Excel error (a formula that failed): an error cell in a workbook, its text in a CSV file.
    In a column the month needs, it stops the month naming the cell (docs/guide.md), never read as empty."""


MONTH = {"erp": "erp", "web": "web", "link": "link"}
HEADERS = {
    "erp": ["product_id", "onsale_web", "price", "stock_quantity", "stock_status"],
    "web": ["sku", "total_sales", "post_title", "post_type"],
    "link": ["product_id", "id_web"],
}

titles = st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=20) | st.sampled_from(
    [
        "Pomerol 2015",
        '=HYPERLINK("x")',
        "Ch\u00e2teau d'Yquem",
        f"x\n{FORGED}",
        f"y\r\n{FORGED}",
        "\x1b[31mred",
        "&amp; Fils",
    ]
)


def rarely(common, rare):
    """`rare` one time in eight, else `common` (st.one_of would draw each half the time)."""
    return st.integers(0, 7).flatmap(lambda k: rare if k == 0 else common)


prices = rarely(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal("2000"), places=2),
    st.sampled_from([Decimal("24.995"), Decimal("0.005"), Decimal("1234.5")]),
)
sales_counts = st.integers(0, 500)
product_ids = rarely(st.integers(1, 10**6), st.just(9007199254740993))
# values a gate may stop a month on (a price not > 0 or too big, a count not whole or too big, an id past 64 bits):
# only rough months draw them, and junk cells, so that most months are published and their figures compared
rough_prices = prices | st.sampled_from([Decimal("0"), Decimal("-3.5"), Decimal("1E+7"), Decimal("1E+200")])
rough_counts = sales_counts | st.sampled_from([10**15, 10**20, -5, Decimal("2.5")])
rough_ids = product_ids | st.just(2**63 + 5)
junk = st.sampled_from(["abc", "12,5O", "", " ", "1e400", "NaN", "inf", "-", "0x10", "١٢", "\x00"])


RENAMED = {  # headers as a tool or a person renamed them, mapped in the month's month.cfg
    "product_id": ["ID produit", "product_id (ERP)"],
    "onsale_web": ["en ligne"],
    "price": ["prix TTC"],
    "stock_quantity": ["stock"],
    "stock_status": ["statut stock"],
    "sku": ["SKU web", "ref"],
    "total_sales": ["ventes"],
    "post_title": ["nom du produit"],
    "post_type": ["type"],
    "id_web": ["id_web (SKU)", "sku_id_web"],
}
EXTRA = {"erp": ["entrepot", "ean"], "web": ["post_date", "post_excerpt", "guid"], "link": ["commentaire"]}


def header_names(draw, source):
    """The file's header: each contract column as written (its name in another case, with spaces around it, or
    renamed), and the order of the file's columns with a few columns the contract does not know."""
    names = {}
    for column in HEADERS[source]:
        form = draw(st.sampled_from(["same", "same", "upper", "title", "spaced", "renamed"]))
        names[column] = {
            "same": column,
            "upper": column.upper(),
            "title": column.title(),
            "spaced": f"  {column} ",
            "renamed": draw(st.sampled_from(RENAMED[column])),
        }[form]
    extra = draw(st.lists(st.sampled_from(EXTRA[source]), max_size=2, unique=True))
    return names, draw(st.permutations(HEADERS[source] + extra))


@st.composite
def months(draw):
    n = draw(st.integers(2, 8))
    rough = draw(st.integers(0, 2)) == 0  # a third of the months
    ids = draw(st.lists(rough_ids if rough else product_ids, min_size=n, max_size=n, unique=True))
    skus = draw(
        st.lists(
            st.integers(10000, 99999).map(str) | st.text("abc-0123456789", min_size=1, max_size=8),
            min_size=n,
            max_size=n,
            unique=True,
        )
    )
    erp = [
        [
            pid,
            draw(st.sampled_from([1, 1, 1, 0])),
            draw(rough_prices if rough else prices),
            draw(st.integers(-2, 50)),
            "instock",
        ]
        for pid in ids
    ]
    for row in erp:
        row[4] = "instock" if row[3] > 0 else "outofstock"
    web = [[sku, draw(rough_counts if rough else sales_counts), draw(titles), "product"] for sku in skus]
    link = [[pid, sku] for pid, sku in zip(ids, skus)]
    truth, junked = {"erp": erp, "web": web, "link": link}, []
    for _ in range(draw(st.integers(0, 2)) if rough else 0):  # junk in a random cell
        source = draw(st.sampled_from(sorted(truth)))
        rows = truth[source]
        row, column = draw(st.integers(0, len(rows) - 1)), draw(st.integers(0, len(HEADERS[source]) - 1))
        rows[row][column] = draw(junk)
        junked.append(source)
    if draw(st.integers(0, 9)) == 0:  # a formula that failed, in a random cell (a tenth of the months)
        rows = truth[draw(st.sampled_from(sorted(truth)))]
        row, column = draw(st.integers(0, len(rows) - 1)), draw(st.integers(0, len(rows[0]) - 1))
        rows[row][column] = ExcelError(draw(st.sampled_from(["#N/A", "#DIV/0!", "#REF!", "#VALUE!"])))
    for row in list(web):  # a product's image: an attachment row that repeats its sku, with other sales
        if draw(st.booleans()):
            kind = draw(st.sampled_from(["attachment", "Attachment"]))
            web.append([row[0], draw(st.integers(0, 500)), draw(st.sampled_from([row[2], ""])), kind])
    for _ in range(draw(st.integers(0, 2))):  # web rows without a sku: images, or products not sold online
        web.append([draw(st.sampled_from(["", " "])), draw(st.integers(0, 50)), draw(titles), "product"])
    loose = draw(st.lists(st.integers(2 * 10**6, 3 * 10**6), max_size=2, unique=True))
    for pid in loose:  # ERP products not sold online: in no link row, or linked to no web product
        erp.append([pid, draw(st.sampled_from([0, 1])), draw(prices), draw(st.integers(0, 50)), "instock"])
    for k, pid in enumerate(draw(st.lists(st.sampled_from(loose), max_size=1)) if loose else []):
        link.append([pid, f"zz-{k}"])
    for _ in range(draw(st.integers(0, 2))):  # a row exported twice, identical
        source = draw(st.sampled_from(sorted(truth)))
        copy = list(truth[source][draw(st.integers(0, len(truth[source]) - 1))])
        truth[source].append(copy)
    return {source: export_of(draw, source, rows, junked.count(source)) for source, rows in truth.items()}


def export_of(draw, source, rows, junk=0):
    """The export of these rows, shuffled, as a file of a form drawn: a workbook or a CSV file, and its options."""
    rows = draw(st.permutations(rows))
    form = draw(st.sampled_from(["xlsx", "csv"]))
    names, order = header_names(draw, source)
    export = Export(list(HEADERS[source]), rows, form, names=names, order=order, junk=junk)
    if form == "xlsx":
        export.hidden_first = draw(st.booleans())
        export.also = draw(st.sampled_from(["", "", "", "notes", "twin"]))
        export.far_cell = draw(st.sampled_from([(), (1048576, 16384), (1048576, 2), (30, 200), (1048576, 200)]))
        export.as_text = set(draw(st.lists(st.sampled_from(export.header), max_size=2)))
        export.numeric_keys = draw(st.booleans())
    else:
        export.encoding = draw(st.sampled_from(["utf-8", "utf-8-sig", "cp1252", "utf-16"]))
        export.separator = draw(st.sampled_from([",", ";", "\t", "|"]))
        export.decimal = draw(st.sampled_from([".", ","])) if export.separator != "," else "."
        export.thousands = draw(st.booleans())
        export.euro = draw(st.sampled_from(["", "", "{} €", "{}\u00a0€", "{}\u202f€", "€{}", "€ {}"]))
        export.ending = draw(st.sampled_from(["\r\n", "\r\n", "", "trimmed"]))
        export.cut = draw(st.sampled_from([0.0, 0.0, 0.0, 0.0, 0.0, 0.1, 0.5, 0.9]))
    export.leading_blank = draw(st.integers(0, 2))
    export.blank_every = draw(st.integers(0, 3))
    return export


@st.composite
def reruns(draw):
    """A month, and the same month as it is when run again: some of its exports replaced by a new export of the
    month (a sales count, a price, a title or a link changed; a row dropped or exported twice; the same rows
    exported in another form or with other headers), the others left as they were; at least one replaced."""
    first = draw(months())
    second = dict(first)
    for source in draw(st.lists(st.sampled_from(sorted(first)), min_size=1, max_size=3, unique=True)):
        export = first[source]
        rows = [list(r) for r in export.rows]
        change = draw(st.sampled_from(["value", "value", "value", "twice", "dropped", "form"]))
        if change == "form":
            second[source] = export_of(draw, source, rows, export.junk)
            continue
        i = draw(st.integers(0, len(rows) - 1))
        if change == "twice":
            rows.insert(draw(st.integers(0, len(rows))), list(rows[i]))
        elif change == "dropped" and len(rows) > 1:
            del rows[i]
        elif source == "link":  # two products swap their web ids, in every copy of their rows
            was, other = list(rows[i]), list(rows[draw(st.integers(0, len(rows) - 1))])
            for row in rows:
                if row in (was, other):
                    row[1] = other[1] if row == was else was[1]
        else:  # a price, a sales count or a title, in every copy of the row (a row exported twice is so again)
            at, values = (2, prices) if source == "erp" else draw(st.sampled_from([(1, sales_counts), (2, titles)]))
            was, value = list(rows[i]), draw(values)
            for row in rows:
                if row == was:
                    row[at] = value
        second[source] = replace(export, rows=rows)
    return first, second


# --- writing the exports ----------------------------------------------------------------------------------


def number_text(value, export):
    """A number as a spreadsheet program writes it in CSV, with the export's decimal mark and thousands separator."""
    if isinstance(value, int) and not isinstance(value, bool):
        text = f"{value:,}" if export.thousands and abs(value) < 10**12 else str(value)
        return text if export.decimal == "." else text.replace(",", "\u00a0")
    if isinstance(value, Decimal):
        plain = format(value, "f") if abs(value) < Decimal("1E+16") else str(value)
        if export.thousands and abs(value) < 10**12 and "E" not in plain:
            whole, _, fraction = plain.partition(".")
            plain = f"{int(whole):,}" + (f".{fraction}" if fraction else "") if whole.lstrip("-") else plain
        if export.decimal == ",":
            plain = plain.replace(",", "\u00a0").replace(".", ",")
        return plain
    return str(value)


def csv_text(value, column, export):
    """A cell as a spreadsheet program writes it in CSV: a price in the export's euro format, as Excel shows one
    (a minus sign before it all); a number Excel would show otherwise (1E+200) and text as they are."""
    text = number_text(value, export)
    shown = column == "price" and export.euro and not isinstance(value, str)
    if not shown or not re.fullmatch(r"-?[0-9][0-9\u00a0,.]*", text):
        return text
    return ("-" if text.startswith("-") else "") + export.euro.format(text.lstrip("-"))


def columns(export):
    """The file's columns in order: contract columns (by name) and extra ones."""
    return export.order or export.header


def rows_with_blanks(export):
    """The header and rows as the file holds them (its columns, in its order, an extra column's value the same on
    every row), with the export's blank rows (None) where they go."""
    names = [export.names.get(c, c) for c in columns(export)]
    out = [None] * export.leading_blank + [names]
    for i, row in enumerate(export.rows, start=1):
        value = dict(zip(export.header, row))
        out.append([value[c] if c in value else f"{c}-7" for c in columns(export)])
        if export.blank_every and i % export.blank_every == 0:
            out.append(None)
    return out


def sheet_rows(export):
    """The sheet row number (header = 1 when no blank row is above it) of each of export.rows."""
    at = [n for n, row in enumerate(rows_with_blanks(export), start=1) if row is not None]
    return at[1:]


def csv_line(export, row):
    """A row (None: a blank one) as one record of the export's CSV file, its line break after it."""
    cells = [] if row is None else [csv_text(v, c, export) for c, v in zip(columns(export), row)]
    while export.ending == "trimmed" and cells and cells[-1] == "":
        cells.pop()
    text = io.StringIO()
    csv.writer(text, delimiter=export.separator, lineterminator="\r\n").writerow(cells)
    return text.getvalue()


def cut_last_row(export, lines):
    """The lines of a CSV file with its last row cut at export.cut, as a copy that stopped leaves it, and the fields
    the cut line holds; (lines, 0) when the cut leaves a line that is blank or as wide as the header (a copy that
    stopped there cannot be told from a whole file)."""
    rows = rows_with_blanks(export)
    header, last = (f(i for i, row in enumerate(rows) if row is not None) for f in (min, max))
    if not export.cut or last == header:
        return lines, 0
    record = lines[last][: -len("\r\n")]
    kept = record[: max(1, int(len(record) * export.cut))].rstrip("\r\n")
    fields = next(csv.reader(io.StringIO(kept, newline=""), delimiter=export.separator, quotechar='"'))
    if len(fields) >= len(columns(export)) or not any(f.strip() for f in fields):
        return lines, 0
    return [*lines[:last], kept], len(fields)


def write_csv(export, path):
    lines = [csv_line(export, row) for row in rows_with_blanks(export)]
    lines, export.cut_fields = cut_last_row(export, lines)
    data = "".join(lines)
    if export.ending == "":
        data = data.removesuffix("\r\n")
    try:
        path.write_bytes(data.encode(export.encoding))
    except UnicodeEncodeError:
        path.write_bytes(data.encode("utf-8"))
        export.encoding = "utf-8"


def cell_value(value, column, export):
    if column in export.as_text or isinstance(value, str):
        if export.numeric_keys and column in ("sku", "id_web") and re.fullmatch("[1-9][0-9]{0,14}", str(value)):
            return int(value)  # as the shop's tools write a sku of digits: a number cell
        return str(value) if not isinstance(value, str) else value
    if isinstance(value, Decimal):
        return float(value)
    return value


def holdable(value):
    """A value as a workbook can hold it (no control characters but tab and line breaks)."""
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f]", "", value) if isinstance(value, str) else value


def real_sheet(export):
    """The name of the sheet that holds the export: openpyxl's first sheet, or the one after the hidden old one."""
    return "Feuil1" if export.hidden_first else "Sheet"


def write_xlsx(export, path):
    book = openpyxl.Workbook()
    sheet = book.active
    if export.hidden_first:
        sheet.title = "old prices"
        sheet.append(export.header)
        for row in export.rows:
            sheet.append(
                [v * 3 if isinstance(v, (int, float)) and not isinstance(v, bool) else holdable(v) for v in row]
            )
        sheet.sheet_state = "hidden"
        sheet = book.create_sheet(real_sheet(export))
    number = 0
    for row in rows_with_blanks(export):
        number += 1
        if row is None:
            continue
        for column, value in enumerate(row, start=1):
            text = holdable(
                value if number == export.leading_blank + 1 else cell_value(value, columns(export)[column - 1], export)
            )
            if text not in (None, ""):
                cell = sheet.cell(row=number, column=column, value=text)
                if isinstance(text, str):
                    # a text cell, as the shop's exports hold "=0" (openpyxl makes it a formula); or an error cell
                    cell.data_type = "e" if isinstance(value, ExcelError) else "s"
    if export.far_cell:
        sheet.cell(row=export.far_cell[0], column=export.far_cell[1], value="stray")
    if export.also == "notes":
        book.create_sheet("notes").append(["note", "qui", export.header[0] + " à revoir"])
    elif export.also == "twin":
        header = [holdable(v) for v in next(row for row in rows_with_blanks(export) if row is not None)]
        older = book.create_sheet("mois précédent")
        older.append(header)
        older.append(["x"] * len(header))
    book.save(path)


def twin(export):
    """A workbook with a visible sheet after the real one that holds its header too (an older month's): the month
    stops naming both sheets rather than read one of them (docs/guide.md)."""
    return export.form == "xlsx" and export.also == "twin"


def write_month(folder, exports, before=None):
    """The exports, and the month's month.cfg: their names, and each renamed header mapped to its column. With
    `before`, the exports already there: only those that are not the same are written, with the date the file of
    the same name had (as `cp -p` keeps it); an export of another form replaces the old file (two files of one
    export stop the month by design: docs/guide.md)."""
    folder.mkdir(parents=True, exist_ok=True)
    names, text = {}, ""
    for source, export in exports.items():
        names[source] = f"{source}.{export.form}"
        path = folder / names[source]
        if before is not None and before[source].form != export.form:
            (folder / f"{source}.{before[source].form}").unlink()
        if before is None or before[source] is not export:
            old = path.stat() if path.exists() else None
            (write_xlsx if export.form == "xlsx" else write_csv)(export, path)
            if old is not None:
                os.utime(path, ns=(old.st_atime_ns, old.st_mtime_ns))
        renamed = {c: n for c, n in export.names.items() if n.strip().lower() != c}
        if renamed:
            text += f"[{source}_columns]\n" + "".join(f"{c} = {n}\n" for c, n in renamed.items())
    (folder / "month.cfg").write_text("[source_files]\n" + "".join(f"{s} = {n}\n" for s, n in names.items()) + text)


# --- the independent computation ---------------------------------------------------------------------------


UNSURE = "unsure"  # a cell whose reading SPEC leaves open (a NUL in a CSV field, digits of another script)
KEYS = {"erp": ["product_id"], "web": ["sku"], "link": ["product_id", "id_web"]}


def key_text(value, export):
    """A key cell's text as read: its spaces trimmed (a workbook cannot hold control characters), or UNSURE."""
    text = holdable(value) if export.form == "xlsx" else value
    return UNSURE if "\x00" in text else text.strip()


def product_key(value, export, column):
    """(product_id, None), or (None, why): missing_/invalid_product_id, or UNSURE. A whole number of 64 bits."""
    if isinstance(value, str):
        text = key_text(value, export)
        if text in ("", UNSURE):
            return None, {"": "missing_product_id"}.get(text, UNSURE)
        if re.fullmatch(r"[+-]?[0-9]+", text):
            value = int(text)
        elif re.search(r"[^\x00-\x7f]", text):
            return None, UNSURE
        else:  # abc, 12,5O, 0x10, 1e400, NaN, inf, -
            return None, "invalid_product_id"
    return (value, None) if -(2**63) <= value < 2**63 else (None, "invalid_product_id")


def text_key(value, export, column):
    """(sku or id_web, None), or (None, why): missing_<column>, or UNSURE. Any text is a key."""
    text = key_text(str(value), export)
    return (None, UNSURE) if text == UNSURE else (None, f"missing_{column}") if text == "" else (text, None)


def key_of(column):
    """How a cell of this key column is read: product_key or text_key."""
    return product_key if column == "product_id" else text_key


@dataclass
class Product:
    revenue: Decimal
    price: Decimal
    count: Decimal
    title: str


@dataclass
class Truth:
    """The month SPEC makes of the exports: its products (or None: it has no figures, the run must stop; or UNSURE),
    and the reason each export row leaves the flow with (None: kept), where it is sure."""

    products: object
    reasons: dict


def triaged(export, source):
    """{index of a row: reason or None}, by SPEC's clean and dedup rules; and {index: key(s)} of the kept rows."""
    reasons, keys, seen = {}, {}, []
    unclear = unclear_commas(export, source)
    for i, row in enumerate(export.rows):
        value = dict(zip(export.header, row))
        reason, key = None, []
        for column in KEYS[source]:
            one, why = key_of(column)(value[column], export, column)
            if (
                column == "product_id"
                and unclear
                and not isinstance(value[column], str)
                and re.fullmatch(AMBIGUOUS, number_text(value[column], export))
            ):
                one, why = None, "invalid_product_id"  # 14,135: the id 14135, or no id (14.135)
            reason = reason or why
            key.append(one)
        if reason is None and source == "web" and str(value["post_type"]).strip().lower() == "attachment":
            reason = "attachment"
        if reason is None and row in seen:
            reason = "duplicate"
        if reason is None:
            seen.append(row)
            keys[i] = tuple(key)
        reasons[i] = reason
    return reasons, keys


def expected(exports):
    """The Truth of a month: products with revenue = round(total_sales × price, 2), or None when a gate must stop
    it (a conflict of keys, a web product merged not once, a merged price not > 0 or count not whole and ≥ 0, fewer
    than two products or one price for all)."""
    reasons, kept = {}, {}
    if any(twin(e) for e in exports.values()):
        return Truth(None, reasons)
    for source, export in exports.items():
        why, keys = triaged(export, source)
        reasons.update({(source, i): r for i, r in why.items() if r != UNSURE})
        if UNSURE in why.values():
            return Truth(UNSURE, reasons)
        kept[source] = {keys[i]: dict(zip(export.header, export.rows[i])) for i in keys}
        for position in range(len(KEYS[source])):  # a key on two different rows: the quality gate stops
            if len({k[position] for k in keys.values()}) < len(keys):
                return Truth(None, reasons)
    erp = {k[0]: row for k, row in kept["erp"].items()}
    web = {k[0]: row for k, row in kept["web"].items()}
    merged = [(pid, sku) for pid, sku in kept["link"] if pid in erp and sku in web]
    if sorted(sku for _, sku in merged) != sorted(web) or len(merged) < 2:
        return Truth(None, reasons)
    products = {}
    for pid, sku in merged:
        price, count = erp[pid]["price"], web[sku]["total_sales"]
        if not isinstance(price, Decimal) or price <= 0 or isinstance(count, str):
            return Truth(None, reasons)
        count = Decimal(count)
        if count < 0 or count != count.to_integral_value():
            return Truth(None, reasons)
        with localcontext() as context:  # exactly, whatever the size (1e200 × 10^20)
            context.prec = 500
            revenue = (count * price).quantize(Decimal("0.01"), ROUND_HALF_UP)
        products[pid] = Product(revenue, price, count, web[sku]["post_title"])
    if len({p.price for p in products.values()}) < 2:
        return Truth(None, reasons)
    return Truth(products, reasons)


def rounded_ids(export):
    """A workbook with a product_id past 2^53 in a number cell, which holds it rounded: the load gate stops it
    (docs/guide.md: store such ids as text cells or export CSV)."""
    if export.form != "xlsx" or "product_id" in export.as_text or "product_id" not in export.header:
        return False
    at = export.header.index("product_id")
    return any(isinstance(r[at], int) and abs(r[at]) > 2**53 for r in export.rows)


NUMBERS = {"erp": ["onsale_web", "price", "stock_quantity"], "web": ["total_sales"], "link": []}
AMBIGUOUS = r"[+-]?\d{1,3},\d{3}"  # 1,234: 1234 with a thousands separator, or 1.234 with a decimal comma


def written(export, columns):
    """The texts a CSV holds for the number cells of these columns."""
    at = [export.header.index(c) for c in columns if c in export.header]
    return [number_text(r[i], export) for r in export.rows for i in at if not isinstance(r[i], str)]


def unclear_commas(export, source):
    """A CSV whose numbers cannot tell a thousands separator from a decimal comma (docs/guide.md): one with a decimal
    comma, or one separated by other than a comma whose numbers have no decimal dot. There 1,234 is not read."""
    if export.form != "csv":
        return False
    texts = written(export, NUMBERS[source] + ["product_id"])
    return export.decimal == "," or (export.separator != "," and not any("." in t for t in texts))


def ambiguous_numbers(export, source):
    """A number written 1,234 (or 0,005) where the file cannot tell: the quality gate names it rather than guess."""
    return unclear_commas(export, source) and any(re.fullmatch(AMBIGUOUS, t) for t in written(export, NUMBERS[source]))


def nul_bytes(export):
    """A CSV holding a NUL byte anywhere (a title's, say): it is refused whole, as a binary file under a text name
    (docs/guide.md: `not text (it holds NUL bytes)`)."""
    return export.form == "csv" and any("\x00" in str(v) for row in export.rows for v in row)


STOPS = "stops"  # a row the quality gate stops the month on


def stray_row(export, source):
    """What becomes of a workbook's far stray cell under one of the file's columns, a row of its own: the reason it
    is rejected with (missing_ or invalid_<key>), or STOPS under the web export's sku (a product of its own, sku
    stray, post_type empty: docs/guide.md); None without one."""
    if not export.far_cell or export.far_cell[1] > len(columns(export)):
        return None
    column = columns(export)[export.far_cell[1] - 1]
    for key in KEYS[source]:
        _, why = key_of(key)("stray" if key == column else "", export, key)
        if why:
            return why
    return STOPS


def cut_short(export):
    """A CSV file cut in its last row, to a line short of the header's fields: the month stops naming that line
    (docs/guide.md)."""
    return export.form == "csv" and export.cut_fields > 0


def excel_errors(export):
    """An export with an Excel error in a cell (every column of HEADERS is one the month needs): the month stops
    naming it (docs/guide.md)."""
    return any(isinstance(v, ExcelError) for row in export.rows for v in row)


def must_publish(exports, truth):
    """No junk, no value refused by design (a long id rounded in a number cell, an ambiguous 1,234, a stray cell
    under the web export's sku, a NUL byte in a CSV) and figures every gate takes: such a month is published, never
    stopped."""
    return (
        isinstance(truth.products, dict)
        and not any(
            e.junk
            or rounded_ids(e)
            or ambiguous_numbers(e, s)
            or stray_row(e, s) == STOPS
            or nul_bytes(e)
            or cut_short(e)
            or excel_errors(e)
            for s, e in exports.items()
        )
        and all(p.price < 10**6 and p.count < 10**7 for p in truth.products.values())
    )


def premium(products):
    """{product_id: True (premium) / False (ordinary) / None (z within 1e-6 of 2: either)}, z over the prices with
    the n − 1 standard deviation, exactly."""
    with localcontext() as context:
        context.prec = 60
        prices = [p.price for p in products.values()]
        mean = sum(prices) / len(prices)
        std = (sum((p - mean) ** 2 for p in prices) / (len(prices) - 1)).sqrt()
        z = {i: (p.price - mean) / std for i, p in products.items()}
    return {i: None if abs(v - 2) < Decimal("1e-6") else v > 2 for i, v in z.items()}


def shown_title(title, export):
    """A title as the workbook shows it: as the web export holds it, trimmed, `12.0` as `12` (a cell of a required
    column is read as a key is), HTML entities decoded, what no file can hold replaced by U+FFFD; None when blank."""
    if export.form == "xlsx":  # no control characters, and line ends as an XML reader gives them (\r\n, \r: \n)
        title = holdable(title).replace("\r\n", "\n").replace("\r", "\n")
    text = re.sub(r"^([+-]?\d+)\.0*\Z", r"\1", title.strip())
    if text == "":
        return None
    return re.sub("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]", "\ufffd", html.unescape(text))


def published(root):
    """({product_id: sales_product}, {product_id: post_title cell}) of the published workbook, the total the
    ledger holds, {product_id: True / False} and {product_id: post_title} of premium.csv and ordinary.csv, and
    {(source, row): (file, reason)} of rejects.csv."""
    out = root / "data/output/2026-01"
    sheet = openpyxl.load_workbook(out / "sales_product.xlsx").worksheets[0]
    header, *rows = sheet.iter_rows(values_only=True)
    product, title, revenue = (header.index(c) for c in ("product_id", "post_title", "sales_product"))
    total = (
        sqlite3.connect(root / "data/wine_luigi.db")
        .execute("select total_revenue from runs where month = '2026-01'")
        .fetchone()[0]
    )
    ids = [workbook_id(r[product]) for r in rows]
    by_product = {i: Decimal(str(r[revenue])) for i, r in zip(ids, rows)}
    segments, shown = {}, {}
    for name, is_premium in (("premium.csv", True), ("ordinary.csv", False)):
        for row in csv_rows(out / name):
            assert int(row["product_id"]) not in segments, f"product {row['product_id']} listed twice"
            segments[int(row["product_id"])] = is_premium
            shown[int(row["product_id"])] = row["post_title"]
    rejects = {(r["source"], int(r["row"])): (r["file"], r["reason"]) for r in csv_rows(out / "rejects.csv")}
    return by_product, {i: r[title] for i, r in zip(ids, rows)}, Decimal(str(total)), segments, shown, rejects


def csv_rows(path):
    """A published CSV file's rows as dicts, its line ends as written (read_text would make a \\r a \\n)."""
    return csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline=""))


def workbook_id(cell):
    """A product_id as the workbook holds it (docs/guide.md): a number cell, or a text cell from 2^53 on, where a
    number cell could round it."""
    if isinstance(cell, str):
        assert abs(int(cell)) >= 2**53, f"product_id {cell!r} written as text"
        return int(cell)
    return cell


def check_run(root, exports, before=None):
    """Run the month of these exports and check how it ends. With `before`, the exports of a run of this month
    just made there (a rerun of it, after some exports were replaced): its figures must be those of the new
    exports, and a stop leaves what the earlier run published as it was."""
    out, sources = root / "data/output/2026-01", root / "data/sources/2026-01"
    earlier = listing(out) if before is not None and out.exists() else None
    there = listing(sources) if before is not None else None
    write_month(sources, exports, before)
    new = there is None or listing(sources) != there  # a byte of the month's files changed: it is built again
    project_config(root)
    done = run_luigi(root, "RunMonthly", "--date", "2026-01-15", "--scheduler-retry-delay", "0.01", timeout=300)
    log = done.stdout + done.stderr
    assert done.returncode in (0, 30), f"exit {done.returncode}:\n{log[-4000:]}"
    assert "Traceback" not in log and "Uncaught exception" not in log, log[-6000:]
    assert not any(line.startswith(FORGED) for line in log.splitlines()), "a value forged a log line"
    truth = expected(exports)
    cut = {s: e for s, e in exports.items() if cut_short(e)}
    assert not cut or done.returncode == 30, f"published from a CSV file cut in its last line:\n{log[-3000:]}"
    failed = {s: e for s, e in exports.items() if excel_errors(e)}
    assert not failed or done.returncode == 30, f"published from an export with an Excel error:\n{log[-3000:]}"
    if done.returncode == 30:
        assert "wine_luigi 2026-01: done" not in log
        if earlier is None:
            assert not out.exists()
        else:
            assert listing(out) == earlier, "a stopped rerun changed what the earlier run published"
        assert not must_publish(exports, truth), f"a month every gate takes was stopped:\n{log[-3000:]}"
        for source, export in exports.items():
            sheets = (
                f"{source}.xlsx: sheets '{real_sheet(export)}', 'mois précédent' are visible and each holds this "
                "export's columns"
            )
            assert not twin(export) or sheets in log, f"{sheets}\n{log[-3000:]}"
        for source, export in cut.items():
            if nul_bytes(export):  # refused as not text before its lines are read
                continue
            line = (
                f"{source}.csv: its last line (",
                f"has {export.cut_fields} of the header's {len(columns(export))} "
                "fields and the file ends there, without a line break: it was cut short",
            )
            assert all(part in log for part in line), f"{line}\n{log[-3000:]}"
        for source, export in failed.items():
            if export.junk or twin(export) or nul_bytes(export) or cut_short(export):  # refused before its cells
                continue
            named = re.compile(rf"{source}\.{export.form}: .*Excel errors? \((a )?formulas? that failed\)")
            assert named.search(log), f"{source}: no Excel error named\n{log[-3000:]}"
        return "stopped"
    assert truth.products is not None, f"published figures for a month that has none:\n{log[-3000:]}"
    if truth.products == UNSURE:
        return "published, figures not compared (a cell SPEC leaves open)"
    products = truth.products
    by_product, titles, total, segments, shown, rejects = published(root)
    assert by_product == {i: p.revenue for i, p in products.items()}
    assert total == sum(p.revenue for p in products.values())
    if new:
        assert f"total revenue: {total:,.2f} €" in log, log[-3000:]
    else:
        assert "wine_luigi 2026-01: already done" in log, log[-3000:]
    assert set(segments) == set(products)
    for product_id, p in products.items():  # each title as the shop means it (an empty one is an empty cell), and
        # the CSV files show it as the workbook does, formulas quoted
        cell = None if titles[product_id] is None else unescape(titles[product_id])  # _x000D_: a carriage return
        assert cell == shown_title(p.title, exports["web"]), (product_id, cell, p.title)
        text = cell or ""
        assert shown[product_id] == ("'" if text.startswith(("=", "+", "-", "@")) else "") + text, (product_id, text)
    for product_id, is_premium in premium(products).items():
        assert is_premium is None or segments[product_id] == is_premium, (product_id, segments[product_id])
    rows = {source: sheet_rows(export) for source, export in exports.items()}
    for (source, i), reason in truth.reasons.items():  # each row that leaves the flow is listed, with its reason
        row = rows[source][i]
        listed = rejects.get((source, row))
        said = None if listed is None else listed[1]
        assert said == reason, f"{source} row {row}: rejects.csv says {said}, SPEC {reason}"
        assert listed is None or listed[0] == f"{source}.{exports[source].form}"
    for source, export in exports.items():  # and a stray far cell's row, with the reason its keys give
        reason = stray_row(export, source)
        if reason is not None:
            said = rejects.get((source, export.far_cell[0]), (None, None))
            assert said == (f"{source}.xlsx", reason), f"{source} row {export.far_cell[0]}: rejects.csv says {said}"
    return "published"


# what the fuzzer found once, kept: a product_id beyond 2^53 read exactly from CSV files, which the workbook holds as a
# text cell (a number cell would round it) beside the others' number cells
LONG_ID = 9007199254740993
LONG_ID_MONTH = {
    "erp": Export(
        HEADERS["erp"],
        [[1, 1, Decimal("0.01"), 0, "outofstock"], [LONG_ID, 1, Decimal("0.02"), 0, "outofstock"]],
        "csv",
    ),
    "web": Export(HEADERS["web"], [["10000", 3, "", "product"], ["10001", 2, "", "product"]], "xlsx"),
    "link": Export(HEADERS["link"], [[1, "10000"], [LONG_ID, "10001"]], "csv"),
}


# and an ERP row whose stock_status is empty (the sales gate crashed on it)
NO_STATUS_MONTH = {
    "erp": Export(HEADERS["erp"], [[1, 1, Decimal("0.01"), 0, ""], [2, 1, Decimal("4.50"), 3, "instock"]], "xlsx"),
    "web": Export(HEADERS["web"], [["10000", 2, "Pomerol", "product"], ["10001", 1, "Margaux", "product"]], "xlsx"),
    "link": Export(HEADERS["link"], [[1, "10000"], [2, "10001"]], "xlsx"),
}


# and a title with a bare carriage return, which premium.csv or ordinary.csv wrote unquoted (a reader split the row)
CR_MONTH = {
    "erp": Export(HEADERS["erp"], [[1, 1, Decimal("24.995"), 0, "instock"], [2, 1, Decimal("0.005"), 3, "instock"]]),
    "web": Export(HEADERS["web"], [["10000", 2, "Pomerol\r2015", "product"], ["10001", 1, "Médoc", "product"]], "csv"),
    "link": Export(HEADERS["link"], [[1, "10000"], [2, "10001"]], "xlsx"),
}


# and three products at 0.10 €, one price for all: the float mean of the prices is 0.10000000000000002, the std 1.7e-17,
# and each z (−0.82) was published; the z gate must stop it, as for any one price
SAME_PRICE_MONTH = {
    "erp": Export(HEADERS["erp"], [[i, 1, Decimal("0.10"), 1, "instock"] for i in (1, 2, 3)], "csv"),
    "web": Export(HEADERS["web"], [[f"1000{i}", i, "Médoc", "product"] for i in (1, 2, 3)], "xlsx"),
    "link": Export(HEADERS["link"], [[i, f"1000{i}"] for i in (1, 2, 3)], "xlsx"),
}


# and a link table separated by semicolons, with no decimals, whose product_id 1000000 is written 1,000,000: it was
# rejected as invalid_product_id (as 14,135 is, which could be 14.135), and the merge gate stopped the month
GROUPS_MONTH = {
    "erp": Export(
        HEADERS["erp"], [[1, 1, Decimal("24.995"), 0, "outofstock"], [10**6, 1, Decimal("0.005"), 0, "outofstock"]]
    ),
    "web": Export(HEADERS["web"], [["10000", 0, "", "product"], ["10771", 0, "", "product"]]),
    "link": Export(HEADERS["link"], [[1, "10000"], [10**6, "10771"]], "csv", separator=";", thousands=True),
}


# and a month as the shop's exports hold it: headers renamed (in month.cfg), in other cases and orders, with extra
# columns; skus as number cells; an image's attachment row and a web row without a sku; an ERP product not sold
# online, linked to no web product; a row exported twice; a stray far cell under the product_id column
SHOP_MONTH = {
    "erp": Export(
        HEADERS["erp"],
        [
            [4043, 1, Decimal("24.50"), 5, "instock"],
            [2000001, 0, Decimal("12.00"), 4, "instock"],
            [4044, 0, Decimal("99.99"), 0, "outofstock"],
            [4043, 1, Decimal("24.50"), 5, "instock"],
        ],
        "xlsx",
        names={"product_id": "ID produit", "price": "prix TTC", "stock_quantity": "STOCK_QUANTITY"},
        order=["ean", "price", "product_id", "stock_status", "onsale_web", "stock_quantity"],
        far_cell=(1048576, 3),
    ),
    "web": Export(
        HEADERS["web"],
        [
            ["15298", 3, "Pomerol", "product"],
            ["15298", 40, "", "Attachment"],
            [" ", 0, "gift card", "product"],
            ["13127", 2, "Margaux", "product"],
        ],
        "xlsx",
        names={"sku": "SKU web", "post_type": "  post_type "},
        order=["post_type", "sku", "guid", "total_sales", "post_title"],
        numeric_keys=True,
    ),
    "link": Export(
        HEADERS["link"],
        [[2000001, "zz-0"], [4044, "13127"], [4043, "15298"]],
        "csv",
        separator=";",
        names={"product_id": "Product_Id", "id_web": "sku_id_web"},
        order=["commentaire", "id_web", "product_id"],
    ),
}


# and an ERP export in CSV whose copy stopped in its last row's price, 24,50 cut to 24: read as it was, that product's
# price was 24 with exit 0
CUT_MONTH = {
    "erp": Export(
        HEADERS["erp"],
        [[1, 1, Decimal("4.50"), 3, "instock"], [2, 1, Decimal("24.50"), 0, "outofstock"]],
        "csv",
        separator=";",
        decimal=",",
        cut=0.3,
    ),
    "web": Export(HEADERS["web"], [["10001", 2, "Pomerol", "product"], ["10002", 1, "Margaux", "product"]], "xlsx"),
    "link": Export(HEADERS["link"], [[1, "10001"], [2, "10002"]], "xlsx"),
}

# and, whole, CSV files as other tools write them: a web export whose lines leave out their trailing empty fields (an
# empty title, last), and a link table with no line break after its last line
TRIMMED_MONTH = {
    "erp": Export(HEADERS["erp"], [[1, 1, Decimal("4.50"), 3, "instock"], [2, 1, Decimal("24.50"), 0, "outofstock"]]),
    "web": Export(
        HEADERS["web"],
        [["10001", 2, "", "product"], ["10002", 1, "Margaux", "product"], ["10003", 1, "", "attachment"]],
        "csv",
        order=["sku", "post_type", "total_sales", "post_title"],
        ending="trimmed",
    ),
    "link": Export(HEADERS["link"], [[1, "10001"], [2, "10002"]], "csv", separator=";", ending=""),
}


# and a web export whose sku of a product is #N/A (a lookup formula that failed): read as empty, that product left the
# month as a row without sku (a warning), its sales with it, with exit 0
ERROR_MONTH = {
    "erp": Export(
        HEADERS["erp"],
        [[1, 1, Decimal("4.50"), 3, "instock"], [2, 1, Decimal("24.50"), 0, "outofstock"], [3, 1, 9, 1, "instock"]],
    ),
    "web": Export(
        HEADERS["web"],
        [
            ["10001", 2, "Pomerol", "product"],
            [ExcelError("#N/A"), 1, "Margaux", "product"],
            ["10003", 5, "Ay", "product"],
        ],
        "xlsx",
    ),
    "link": Export(HEADERS["link"], [[1, "10001"], [2, "10002"], [3, "10003"]], "csv", separator=";"),
}


@pytest.mark.fuzz
@settings(
    max_examples=EXAMPLES or 12,
    **FUZZING,
)
@given(exports=months())
@example(exports=LONG_ID_MONTH)
@example(exports=NO_STATUS_MONTH)
@example(exports=SHOP_MONTH)
@example(exports=CR_MONTH)
@example(exports=SAME_PRICE_MONTH)
@example(exports=GROUPS_MONTH)
@example(exports=CUT_MONTH)
@example(exports=TRIMMED_MONTH)
@example(exports=ERROR_MONTH)
def test_a_random_month_is_published_exactly_or_stopped_by_name(tmp_path_factory, exports):
    event(check_run(tmp_path_factory.mktemp("fuzz"), exports))  # make fuzz shows how many were published


# a month run again after a new web export of it replaced the old one with the same name and date (`cp -p`): one
# product sold 7 times, not 3
SHOP_MONTH_AGAIN = (
    SHOP_MONTH,
    {
        **SHOP_MONTH,
        "web": replace(SHOP_MONTH["web"], rows=[["15298", 7, "Pomerol", "product"], *SHOP_MONTH["web"].rows[1:]]),
    },
)

# and after a new link table, a workbook where a CSV file was, in which two products swapped their web ids
SHOP_MONTH_RELINKED = (
    SHOP_MONTH,
    {
        **SHOP_MONTH,
        "link": replace(SHOP_MONTH["link"], form="xlsx", rows=[[2000001, "zz-0"], [4044, "15298"], [4043, "13127"]]),
    },
)


@pytest.mark.fuzz
@settings(
    max_examples=EXAMPLES // 2 or 4,
    **FUZZING,
)
@given(months=reruns())
@example(months=SHOP_MONTH_AGAIN)
@example(months=SHOP_MONTH_RELINKED)
def test_a_random_month_run_again_with_new_exports_has_their_figures_or_stops_by_name(tmp_path_factory, months):
    """Reruns judged by content: after some exports of a month are replaced, its rerun publishes exactly the figures
    of the exports now there (never those of a step made from the old ones), or stops by name and leaves what was
    published before as it was."""
    first, second = months
    root = tmp_path_factory.mktemp("rerun")
    event(f"{check_run(root, first)}, then {check_run(root, second, before=first)}")


def fixed_months():
    """A month that must publish whatever forms its exports take (a hidden first sheet, a far stray cell, blank rows,
    UTF-16 tab-separated text with decimal commas and thousands separators, French Excel CSV, a title that tries to
    forge a log line), and the same month with one price of 1e200, which must stop."""
    rows = {
        "erp": [
            [4043, 1, Decimal("24.50"), 5, "instock"],
            [4044, 1, Decimal("1234.00"), 0, "outofstock"],
            [4045, 1, Decimal("99.99"), 3, "instock"],
        ],
        "web": [
            ["15298", 3, "Pomerol", "product"],
            ["13127-1", 1200, f"x\n{FORGED}", "product"],
            ["bon-25", 7, "=cadeau", "product"],
        ],
        "link": [[4043, "15298"], [4044, "13127-1"], [4045, "bon-25"]],
    }

    def month():
        return {
            "erp": Export(
                HEADERS["erp"],
                [list(r) for r in rows["erp"]],
                "xlsx",
                hidden_first=True,
                far_cell=(1048576, 16384),
                leading_blank=1,
                blank_every=1,
            ),
            "web": Export(
                HEADERS["web"],
                [list(r) for r in rows["web"]],
                "csv",
                encoding="utf-16",
                separator="\t",
                decimal=",",
                thousands=True,
                blank_every=2,
            ),
            "link": Export(HEADERS["link"], [list(r) for r in rows["link"]], "csv", encoding="cp1252", separator=";"),
        }

    good, bad = month(), month()
    bad["erp"].rows[0][2] = Decimal("1E+200")
    return good, bad


@pytest.mark.slow
def test_the_fixed_months_end_as_they_must(tmp_path_factory):
    """The fuzzer's two ways for a run to end, on months whose end is known: published exactly, and stopped."""
    good, bad = fixed_months()
    assert check_run(tmp_path_factory.mktemp("good"), good) == "published"
    assert check_run(tmp_path_factory.mktemp("bad"), bad) == "stopped"
