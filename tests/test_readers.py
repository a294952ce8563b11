"""The readers called directly: CSV dialects, decimal marks, header mapping, files of the wrong kind."""

import re

import pandas as pd
import pytest

from wine_luigi.contract import ERP, LINK, WEB
from wine_luigi.errors import LoadError
from wine_luigi.raw_frame import map_header
from wine_luigi.readers import ReadOptions, delimited, read_source
from wine_luigi.readers.delimited import arrow_cells, decode, header_separator, python_cells, sniff

AUTO = ReadOptions()


def read(tmp_path, content, source=ERP, name="Fichier_erp.csv", **options):
    path = tmp_path / name
    path.write_bytes(content)
    return read_source(path, source, options=ReadOptions(**options))


def refusal(path, source):
    """The LoadError reading the export at `path` as `source` stops with."""
    with pytest.raises(LoadError) as error:
        read_source(path, source)
    return error.value


@pytest.mark.parametrize(
    "data, text, encoding",
    [
        (b"\xef\xbb\xbfprix;\xc3\xa9t\xc3\xa9", "prix;été", "utf-8 with BOM"),
        (b"prix;\xc3\xa9t\xc3\xa9", "prix;été", "utf-8"),
        (b"prix;\xe9t\xe9 \x92", "prix;été ’", "cp1252"),
        (b"sku;price", "sku;price", "utf-8"),
    ],
)
def test_encoding_is_utf8_with_or_without_bom_else_cp1252(tmp_path, data, text, encoding):
    assert decode(tmp_path / "f.csv", data) == (text, encoding)


@pytest.mark.parametrize("ending", ["\n", "\r\n", "\r"])
def test_a_nul_byte_is_named_with_its_line_whatever_the_line_ends(tmp_path, ending):
    data = ending.join(["sku;post_title", "15298;Pomerol", "15299;Mar\x00gaux", ""]).encode()
    with pytest.raises(LoadError, match=r"not text \(it holds NUL bytes\).*\(the first is on line 3\)"):
        decode(tmp_path / "f.csv", data)


UTF8_TITLES = "sku;post_title\r\n15298;Crémant d'Alsace Brut\r\n15299;Côte Rôtie « Fongeant » 2017\r\n".encode()


@pytest.mark.parametrize(
    "data, line, byte",
    [
        (UTF8_TITLES + "15300;Château Pétrus\r\n".encode("cp1252"), 4, 0xE2),  # a line added by another program
        ("sku;post_title\r\n15297;Noël\r\n".encode("cp1252") + UTF8_TITLES[16:], 2, 0xEB),  # before the UTF-8 ones
    ],
)
def test_a_utf8_file_with_a_line_in_another_encoding_is_named_not_read_as_windows_1252(tmp_path, data, line, byte):
    """Read as Windows-1252, every accent of the UTF-8 lines would be two wrong characters in the deliverables."""
    offset = data.index(bytes([byte]))
    with pytest.raises(LoadError) as said:
        decode(tmp_path / "f.csv", data)
    assert str(said.value) == (
        f"{tmp_path / 'f.csv'}: UTF-8 text but for byte 0x{byte:02X} on line {line} (offset {offset}; Windows-1252's "
        f"{bytes([byte]).decode('cp1252')!r}?), which is not UTF-8: part of the file was saved by another program; "
        "save it again as CSV UTF-8, or set [csv] encoding"
    )


def test_a_windows_1252_file_that_holds_a_byte_pair_utf8_also_has_is_read_as_windows_1252(tmp_path):
    text = "sku;post_title\r\n1;ÃŠ est la première lettre\r\n2;Château, Crémant, Côte\r\n"
    assert decode(tmp_path / "f.csv", text.encode("cp1252")) == (text, "cp1252")


FRENCH = "sku;post_title\r\n1;Crémant d'Alsace, cuvée Château\r\n2;Côte Rôtie, l’été, maître de chai\r\n"


@pytest.mark.parametrize("encoding", ["mac_roman", "cp850"])
def test_a_file_from_excel_for_mac_or_ms_dos_is_read_in_its_encoding(tmp_path, encoding):
    """Excel for Mac's "Comma Separated Values" is Mac Roman, its "MS-DOS Comma Separated" code page 850 (no ’: Excel
    writes _). Read as Windows-1252, Mac Roman's bytes of these words are all characters there, but no letters inside
    words: `CrŽmant d'Alsace, cuvŽe Ch‰teau`, which was published so."""
    text = FRENCH if encoding == "mac_roman" else FRENCH.replace("’", "_")
    data = text.encode(encoding)
    if encoding == "mac_roman":
        assert data.decode("cp1252").startswith("sku;post_title\r\n1;CrŽmant d'Alsace, cuvŽe Ch‰teau")
    assert decode(tmp_path / "f.csv", data) == (text, encoding)


@pytest.mark.parametrize(
    "text",
    [
        FRENCH,
        "sku;post_title\r\n1;Pošip, Graševina\r\n2;Žilavka\r\n",  # letters of 0x80-0x9F inside words: š, œ, ž
        "sku;post_title\r\n1;Le cœur du Bœuf\r\n",
        "sku;post_title\r\n1;Winemaker’s Selection – 2019\r\n2;Grand™ Vin…\r\n",  # punctuation, a sign after a word
        "sku;price\r\n1;24,20\u00a0€\r\n",
    ],
)
def test_windows_1252_text_stays_windows_1252(tmp_path, text):
    assert decode(tmp_path / "f.csv", text.encode("cp1252")) == (text, "cp1252")


def test_a_mac_roman_file_windows_1252_cannot_decode_is_read_as_mac_roman(tmp_path):
    text = "sku;post_title\r\n1;Très belle cuvée, fraîche\r\n"  # è is 0x8F in Mac Roman, which Windows-1252 lacks
    assert decode(tmp_path / "f.csv", text.encode("mac_roman")) == (text, "mac_roman")


def test_bytes_no_encoding_reads_are_named_with_their_offset(tmp_path):
    with pytest.raises(LoadError) as caught:
        decode(tmp_path / "f.csv", b"prix;1\r\nvin;\x9d")  # ù in Mac Roman, but no letter inside a word tells so
    assert str(caught.value) == (
        f"{tmp_path / 'f.csv'}: not text in UTF-8 or Windows-1252: byte 0x9D on line 2 (offset 12) cannot be decoded; "
        'export it again as CSV UTF-8, or set [csv] encoding (Excel for Mac\'s "Comma Separated Values" is mac_roman, '
        "where it is 'ù')"
    )
    with pytest.raises(LoadError, match=r"starts as UTF-8 \(byte order mark\) but byte 0xE9 at offset 8 is not UTF-8"):
        decode(tmp_path / "f.csv", b"\xef\xbb\xbfprix;\xe9")
    with pytest.raises(
        LoadError, match=r"not utf-8 text: byte 0xE9 at offset 5 cannot be decoded \(\[csv\] encoding = utf-8\)"
    ):
        decode(tmp_path / "f.csv", b"prix;\xe9", "utf-8")


@pytest.mark.parametrize(
    "line, separator",
    [
        ("a;b;c", ";"),
        ("a,b,c", ","),
        ("a\tb\tc", "\t"),
        ("a|b|c", "|"),
        ('"a,1";b;c', ";"),
        ('"x;y;z",b\nc;d;e;f', ","),
        ("abc", None),
    ],
)
def test_the_separator_is_the_one_the_header_uses_most_outside_quotes(line, separator):
    assert header_separator(line) == separator


def test_sniff_recognises_csv_text_and_refuses_binary():
    assert sniff(b"sku;total_sales\r\n15298;3\r\n") == ("utf-8", ";")
    assert sniff("sku,titre\r\n1,été".encode("cp1252")) == ("cp1252", ",")
    assert sniff(b"\x89PNG\r\n\x1a\n\x00\x00") is None
    assert sniff(b"bonjour") is None


def test_quoted_values_hold_separators_quotes_and_line_breaks(tmp_path):
    content = (
        "sku;total_sales;post_title;post_type;post_content\r\n"
        '15298;3;"Ch\xe2teau; ""Grand"" vin";product;"ligne 1\r\nligne 2"\r\n'
    )
    raw, dialect = read(tmp_path, content.encode("cp1252"), WEB, "Fichier_web.csv")
    assert dialect == "cp1252, ';' separated, no decimals"
    assert raw["post_title"].tolist() == ['Château; "Grand" vin']
    assert raw["post_content"].tolist() == ["ligne 1\r\nligne 2"]
    assert raw["row"].tolist() == [2]


def test_short_rows_are_padded_and_blank_lines_skipped_keeping_the_row_numbers(tmp_path):
    # a blank line is a row of the file as a spreadsheet program shows it: the row after it is row 4
    raw, _ = read(tmp_path, b"product_id,id_web\n3847,15298\n\n3849\n,\n", LINK, "l.csv")
    assert raw[["row", "product_id", "id_web"]].astype(object).where(raw.notna(), None).values.tolist() == [
        [2, "3847", "15298"],
        [4, "3849", None],
    ]


def test_rows_keep_their_numbers_after_leading_blank_lines_and_lines_in_quotes(tmp_path):
    raw, _ = read(tmp_path, b'\n\nproduct_id,id_web\n3847,"a\nb"\n\n,\n3849,c\n', LINK, "l.csv")
    assert raw["row"].tolist() == [4, 7]  # the header is row 3; a record with a line break is one row


@pytest.mark.parametrize("line", [b"sep=;", b"SEP=;", b'"sep=;"', b"sep=; "])
def test_excels_sep_line_names_the_separator_and_is_not_a_row(tmp_path, line):
    # `,` is the header's most used separator, but the file says `;` (Excel shows the header as row 1)
    raw, dialect = read(tmp_path, line + b"\r\nproduct_id;id_web;w,x,y,z\r\n3847;15298;\r\n", LINK, "l.csv")
    assert dialect.startswith("utf-8, ';' separated")
    assert raw[["row", "product_id", "id_web"]].values.tolist() == [[2, "3847", "15298"]]
    raw, dialect = read(tmp_path, line + b"\r\nproduct_id|id_web\r\n3847|15298\r\n", LINK, "l.csv", delimiter="|")
    assert dialect.startswith("utf-8, '|' separated") and raw["id_web"].tolist() == ["15298"]  # said in [csv]: wins


def test_a_row_with_more_fields_than_the_header_names_its_line(tmp_path):
    with pytest.raises(
        LoadError, match=r"l.csv: line 4 has 3 fields, the header has 2: a value holding ',' without quotes\?"
    ):
        read(tmp_path, b'product_id,id_web\n3847,"a\nb"\n3849,1,2\n', LINK, "l.csv")
    raw, _ = read(
        tmp_path, b"product_id,id_web\n3847,15298,\n", LINK, "l.csv"
    )  # an empty extra field is no extra value
    assert raw["id_web"].tolist() == ["15298"]


ERP_CSV = (
    "product_id;onsale_web;price;stock_quantity;stock_status\r\n"
    "3847;1;24,2;12;instock\r\n3849;1;34,3;0;outofstock\r\n3850;0;-1,5;3,0;instock\r\n"
)


ARROW_READS = {  # what Arrow's CSV parser reads exactly as the Python one does
    "plain": "a;b;c\n1;2;3\n4;5;6\n",
    "CRLF, no final newline": "a;b;c\r\n1;2;3\r\n4;5;6",
    "CR only": "a;b;c\r1;2;3\r4;5;6\r",
    "quoted line breaks and quotes": 'a;b;c\r\n1;"x\r\ny";3\r\n4;"q""z";6\r\n',
    "a quote inside a value": 'a;b;c\n1;ab"c;3\n',
    "text after a closing quote": 'a;b;c\n1;"ab"c;3\n',
    "rows of empty cells": ";;\na;b;c\n ; ;\n1;2;3\n;;\n4;5;6\n",
    "empty, quoted empty and blank": 'a;b;c\n;" ";\n1;"";3\n',
    "non-ASCII and odd spaces": "é;b;c\n\u00a0;\u2003x;3\n",
    "spaces around values": "a;b;c\n 1 ; 2;3 \n",
    "a header cell left empty": "a;;c\n1;2;3\n",
    "a header only": "a;b;c\n",
    "a backslash before a quote": 'a;b;c\n1;x\\";3\n',
}
PYTHON_ONLY = {  # rows Arrow does not take as they are: the exact reader pads, trims or names the line
    "a short row": ("a;b;c\n1;2\n", [["1", "2", None]]),
    "a row with trailing empty fields": ("a;b;c\n1;2;3;;\n", [["1", "2", "3"]]),
    "a quote never closed": (
        'a;b;c\n1;"2;3\n4;5;6\n',
        r"line 2 opens a quote \(\"\) that is never closed: read so, its value would run to the end of the file and "
        r"the file's last 1 line\(s\) would be lost in it: close the quote, or write it twice \(\"\"\) if it is "
        r"part of the value",
    ),
    "a row longer than the header": ("a;b;c\n1;2;3;4\n", "line 2 has 4 fields, the header has 3"),
    "blank lines": ("\n;;\na;b;c\n ; ;\n1;2;3\n\n;;\n4;5;6\n", [["1", "2", "3"], ["4", "5", "6"]]),
    "a short row, then a whole one with no line break": ("a;b;c\n1;2\n4;5;6", [["1", "2", None], ["4", "5", "6"]]),
    "a short last row with no line break after it": (
        "a;b;c\n1;2;3\n4;5",
        r"its last line \(3\) has 2 of the header's 3 fields and the file ends there, without a line break: it "
        r"was cut short \(a copy or a save that stopped\?\): export or copy it again",
    ),
    "a quote never closed, to the end": ('a;b;c\n1;"2;3\n4;5;6', "its last line \\(3\\) has 2 of the header's 3"),
    "a short last row, then blank cells with no line break": ("a;b;c\n1;2;3\n4;5\n ; ", "its last line \\(3\\)"),
}


def as_lists(cells):
    return cells.astype(object).where(cells.notna(), None).to_numpy().tolist()


@pytest.mark.parametrize("text", ARROW_READS.values(), ids=ARROW_READS.keys())
def test_the_arrow_csv_reader_gives_the_cells_the_python_one_does(text):
    fast, exact = arrow_cells(text, ";"), python_cells("f.csv", text, ";", "utf-8")
    assert fast is not None
    assert as_lists(fast) == as_lists(exact)
    assert fast.index.tolist() == exact.index.tolist()  # the same row numbers


@pytest.mark.parametrize("text, expected", PYTHON_ONLY.values(), ids=PYTHON_ONLY.keys())
def test_rows_the_arrow_reader_would_read_otherwise_go_to_the_python_one(tmp_path, text, expected):
    assert arrow_cells(text, ";") is None
    path = tmp_path / "Fichier_erp.csv"
    path.write_text(text)
    if isinstance(expected, str):
        with pytest.raises(LoadError, match=expected):
            delimited.read_cells(path, AUTO)
    else:
        assert as_lists(delimited.read_cells(path, AUTO)[0]) == [["a", "b", "c"], *expected]


UNCLOSED = {  # a quote opened and never closed, which Arrow reads as the rest of the file when it ends a record
    "in the last field of a line": ('a;b;c\n1;2;"x""y\n4;5;6\n7;8;9', 2, 2),
    "after an Excel sep line": ('sep=;\r\na;b;c\r\n1;2;"3\r\n4;5;6\r\n', 3, 1),
    "in a file whose lines end with CR": ('a;b;c\r1;2;3\r4;5;"6\r7;8;9\r', 3, 1),
}


@pytest.mark.parametrize("text, line, lost", UNCLOSED.values(), ids=UNCLOSED.keys())
def test_a_quote_never_closed_that_would_swallow_lines_names_the_line_it_opens_on(tmp_path, text, line, lost):
    path = tmp_path / "Fichier_web.csv"
    path.write_text(text, newline="")
    with pytest.raises(LoadError) as said:
        delimited.read_cells(path, AUTO)
    assert str(said.value) == (
        f'{path}: line {line} opens a quote (") that is never closed: read so, its value would run to the end of the '
        f'file and the file\'s last {lost} line(s) would be lost in it: close the quote, or write it twice ("") if it '
        "is part of the value"
    )


@pytest.mark.parametrize(
    "text, last",
    [
        ('a;b;c\n1;2;3\n4;5;"6\n', ["4", "5", "6\n"]),  # it holds no line of the file: nothing is lost
        ('a;b;c\n1;2;"x\ny"\n', ["1", "2", "x\ny"]),  # closed
        ('a;b;c\n1;2;"say ""hi""\nthen"', ["1", "2", 'say "hi"\nthen']),  # closed, with no line break after it
        ('a;b;c\n1;2;x"\n4;5;6\n', ["4", "5", "6"]),  # a quote inside a value opens nothing
    ],
)
def test_a_quote_that_loses_no_line_is_read(tmp_path, text, last):
    path = tmp_path / "Fichier_web.csv"
    path.write_text(text, newline="")
    assert as_lists(delimited.read_cells(path, AUTO)[0])[-1] == last


def test_a_decimal_comma_becomes_the_number_it_means(tmp_path):
    raw, dialect = read(tmp_path, ERP_CSV.encode())
    assert dialect == "utf-8, ';' separated, decimal comma"
    assert raw["price"].tolist() == ["24.2", "34.3", "-1.5"]
    assert raw["stock_quantity"].tolist() == ["12", "0", "3"]
    assert raw["product_id"].tolist() == ["3847", "3849", "3850"]


def test_a_price_in_a_currency_format_is_the_number_it_shows(tmp_path):
    """Excel saves a cell formatted as euros in CSV as it shows it: the sign, before or after, is dropped once; any
    other text (a sign twice, another currency, no number) is left for the quality gate to name."""
    prices = [
        "24,20\u202f€",  # a narrow no-break space, which recent French locales use
        "34,3\u00a0€",
        "1 234,50 €",
        "-1,5 €",
        "€ 7,10",
        "12",
        "24,20 € €",
        "24,20 $",
        "EUR 3",
        "€",
    ]
    rows = "".join(f"{3847 + i};1;{price};1;instock\r\n" for i, price in enumerate(prices))
    raw, dialect = read(tmp_path, (ERP_CSV.splitlines(True)[0] + rows).encode())
    assert dialect == "utf-8, ';' separated, decimal comma, '€' beside price"
    assert raw["price"].tolist()[:6] == ["24.20", "34.3", "1234.50", "-1.5", "7.10", "12"]
    assert raw["price"].tolist()[6:] == prices[6:]
    _, dialect = read(tmp_path, ERP_CSV.replace("3847;1;", "3847;1,5 €;").encode())  # a count is not in euros
    assert dialect == "utf-8, ';' separated, decimal comma"


def test_mixed_decimal_marks_are_left_for_the_quality_gate(tmp_path):
    raw, dialect = read(tmp_path, ERP_CSV.replace("34,3", "34.3").encode())
    assert dialect == "utf-8, ';' separated, decimal comma and dot mixed"
    assert raw["price"].tolist() == ["24,2", "34.3", "-1,5"]


def test_two_thousands_commas_are_a_number_where_one_could_be_a_decimal_comma(tmp_path):
    """A semicolon separated file with no decimals cannot tell whether 14,135 is 14135 or 14.135, and leaves it for
    the quality gate to name; 1,000,000 can only be a million (a decimal comma is one comma)."""
    text = "product_id;id_web\r\n7;10000\r\n1,000,000;10771\r\n-2,345,678;10772\r\n14,135;10773\r\n"
    raw, dialect = read(tmp_path, text.encode(), source=LINK, name="fichier_liaison.csv")
    assert dialect == "utf-8, ';' separated, no decimals"
    assert raw["product_id"].tolist() == ["7", "1000000", "-2345678", "14,135"]
    raw, _ = read(tmp_path, ERP_CSV.replace("3847;", "1,003,847;").encode())  # a file with a decimal comma: as it is
    assert raw["product_id"].tolist() == ["1,003,847", "3849", "3850"]


def test_forced_settings_win(tmp_path):
    raw, dialect = read(
        tmp_path, ERP_CSV.replace(";", "|").encode("cp1252"), encoding="cp1252", delimiter="|", decimal=","
    )
    assert dialect == "cp1252, '|' separated, decimal comma"
    assert raw["price"].tolist() == ["24.2", "34.3", "-1.5"]
    raw, _ = read(tmp_path, ERP_CSV.replace(";", "\t").encode(), delimiter="tab", decimal=".")
    assert raw["price"].tolist() == ["24,2", "34,3", "-1,5"]  # a dot was said: a comma stays, and the gate will say so


def test_header_mapping_renames_to_the_contract_and_keeps_a_shadowed_column():
    assert map_header(["product_id", "id_web (sku)"], {"product_id": "product_id", "id_web": "id_web (SKU) "}) == [
        "product_id",
        "id_web",
    ]
    assert map_header(["product_id", "id_web", "sku_id_web"], {"id_web": "SKU_id_web"}) == [
        "product_id",
        "id_web (unmapped)",
        "id_web",
    ]
    assert map_header(["product_id", "x"], {"id_web": "sku_id_web"}) == [
        "product_id",
        "x",
    ]  # a mapping to no header changes nothing


def test_a_mapped_header_is_read_as_the_contract_column(tmp_path):
    raw, _ = read(tmp_path, b"Product_ID;ID_WEB (SKU)\n3847;15298.0\n", LINK, "l.csv")
    assert "id_web" not in raw.columns
    path = tmp_path / "l.csv"
    raw, _ = read_source(path, LINK, {"product_id": "product_id", "id_web": "id_web (SKU)"})
    assert raw["id_web"].tolist() == ["15298"]
    assert raw.attrs["header"] == ["Product_ID", "ID_WEB (SKU)"]


def test_an_unknown_extension_is_refused_naming_the_formats(tmp_path):
    path = tmp_path / "Fichier_erp.numbers"
    path.write_bytes(b"x")
    with pytest.raises(
        LoadError,
        match=r"Fichier_erp.numbers: .numbers is not a format wine_luigi reads "
        r"\(.xlsx, .xlsm, .xlsb, .ods, .xls, .csv, .txt\)",
    ):
        read_source(path, ERP)


@pytest.mark.parametrize(
    "content, message",
    [
        (b"", "the file is empty (0 bytes)"),
        (b"\xef\xbb\xbf \r\n\r\n", "the file holds no text (only blank lines or a byte order mark)"),
        (b"PK\x03\x04\x00\x00", "not text (it holds NUL bytes)"),
    ],
)
def test_files_that_hold_no_csv_say_so(tmp_path, content, message):
    with pytest.raises(LoadError) as error:
        read(tmp_path, content)
    assert message in str(error.value)
    assert error.value.transient is (content == b"")


def test_the_same_rows_as_csv_and_as_xlsx(tmp_path):
    from wine_luigi.demo import demo_frames
    from wine_luigi.export import write_xlsx

    web = demo_frames(60, 3)[1]
    with open(tmp_path / "w.xlsx", "wb") as f:
        write_xlsx(web, f)
    (tmp_path / "w.csv").write_bytes(web.to_csv(index=False, sep=";", date_format="%Y-%m-%d %H:%M:%S").encode("cp1252"))
    from_xlsx, _ = read_source(tmp_path / "w.xlsx", WEB)
    from_csv, _ = read_source(tmp_path / "w.csv", WEB)
    columns = ["row", *WEB.required]
    pd.testing.assert_frame_equal(from_csv[columns], from_xlsx[columns])


def workbook_without_dimension(path, cells):
    """The smallest xlsx package whose one sheet declares no extent (so it is read cell by cell) and holds `cells`
    (the XML of each <c>)."""
    import zipfile

    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    relationship = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr(
            "[Content_Types].xml",
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        )
        book.writestr(
            "xl/workbook.xml",
            f'<workbook xmlns="{main}" xmlns:r="{relationship}"><sheets>'
            '<sheet name="Feuil1" sheetId="1" r:id="rId1"/></sheets></workbook>',
        )
        book.writestr(
            "xl/_rels/workbook.xml.rels",
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        )
        book.writestr(
            "xl/worksheets/sheet1.xml",
            f'<worksheet xmlns="{main}"><sheetData><row r="1">{cells}</row></sheetData></worksheet>',
        )
    return path


def test_a_sheet_read_cell_by_cell_names_a_cell_without_its_place(tmp_path):
    from wine_luigi.readers import read_cells

    placed = workbook_without_dimension(tmp_path / "placed.xlsx", '<c r="A1" t="inlineStr"><is><t>sku</t></is></c>')
    cells, dialect = read_cells(placed)
    assert cells.loc[1].tolist() == ["sku"] and dialect == {"sheet": "sheet 'Feuil1'"}
    unplaced = workbook_without_dimension(tmp_path / "unplaced.xlsx", '<c t="inlineStr"><is><t>sku</t></is></c>')
    with pytest.raises(LoadError) as refused:
        read_cells(unplaced)
    assert str(refused.value) == f"{unplaced}: sheet 'Feuil1' holds a cell without its place (r=None)"


def written_by_a_program(path, formula_value=None, far=False, calculated_on_opening=True):
    """A web export as XlsxWriter writes it, its total_sales of row 3 a formula (stored result: `formula_value`, 0
    when None, as XlsxWriter stores); as Excel saves it when not `calculated_on_opening`."""
    import re
    import zipfile

    import xlsxwriter

    with xlsxwriter.Workbook(path) as book:
        sheet = book.add_worksheet("Feuil1")
        sheet.write_row(0, 0, ["sku", "total_sales", "post_title", "post_type"])
        sheet.write_row(1, 0, ["15298", 4, "A", "product"])
        sheet.write_row(2, 0, ["15300", None, "B", "product"])
        sheet.write_formula(2, 1, "=2+3", None, formula_value)
        if far:
            sheet.write(1048575, 16383, "stray")
    if not calculated_on_opening:  # what Excel writes: no request to calculate on opening
        with zipfile.ZipFile(path) as book:
            parts = {n: book.read(n) for n in book.namelist()}
        parts["xl/workbook.xml"] = re.sub(rb'\s*fullCalcOnLoad="1"', b"", parts["xl/workbook.xml"])
        with zipfile.ZipFile(path, "w") as book:
            for name, data in parts.items():
                book.writestr(name, data)
    return path


@pytest.mark.parametrize("far", [False, True], ids=["dense sheet", "a stray far cell (read from its XML)"])
def test_formulas_a_program_left_for_excel_to_calculate_are_refused_naming_a_cell(tmp_path, far):
    path = written_by_a_program(tmp_path / "Fichier_web.xlsx", far=far)
    error = refusal(path, WEB)
    assert str(error) == (
        f"{path}: sheet 'Feuil1' holds formulas (cell B3: =2+3) written by a program that leaves them for Excel to "
        "calculate: the file does not hold their results as Excel shows them; open it in Excel and save it (Excel "
        "stores each result), then run again"
    )
    assert not error.transient


def test_a_formula_without_a_stored_result_is_refused_as_openpyxl_writes_it(tmp_path):
    import openpyxl

    book = openpyxl.Workbook()
    book.active.append(["product_id", "onsale_web", "price", "stock_quantity", "stock_status"])
    book.active.append([3847, 1, "=24.2*1", 0, "outofstock"])
    book.save(tmp_path / "Fichier_erp.xlsx")
    with pytest.raises(LoadError, match=r"holds formulas \(cell C2: =24\.2\*1\) written by a program"):
        read_source(tmp_path / "Fichier_erp.xlsx", ERP)


def test_formulas_excel_saved_are_read_as_their_stored_results(tmp_path):
    path = written_by_a_program(tmp_path / "Fichier_web.xlsx", formula_value=5, calculated_on_opening=False)
    raw, _ = read_source(path, WEB)
    assert raw["total_sales"].tolist() == ["4", "5"]


def with_error_cells(path, rows, far=False):
    """A workbook of `rows` (from B2: column A and row 1 empty), as openpyxl writes it: a text such as '#N/A' in a
    cell is written as Excel writes a formula's error; `far`: a stray far cell, so that the sheet is read from its
    XML."""
    import openpyxl

    book = openpyxl.Workbook()
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row, start=2):
            book.active.cell(row=r, column=c, value=value)
    if far:
        book.active.cell(row=1048576, column=16384, value="stray")
    book.save(path)
    return path


@pytest.mark.parametrize("far", [False, True], ids=["dense sheet", "a stray far cell (read from its XML)"])
def test_an_excel_error_in_a_column_the_month_needs_is_named_not_read_as_empty(tmp_path, far):
    """Read as empty, a product whose sku is #N/A left the month as a row without sku (a warning), its sales with it:
    the month's revenue was short by them, with exit 0."""
    header = ["sku", "total_sales", "post_title", "post_type", "tax_class"]
    path = with_error_cells(
        tmp_path / "Fichier_web.xlsx",
        [header, ["15298", 4, "A", "product", "#REF!"], ["#N/A", 3, "B", "product"], ["15300", 1, "C", "product"]],
        far,
    )
    error = refusal(path, WEB)
    assert str(error) == (
        f"{path}: cell B4 (sku, row 4) holds #N/A, an Excel error (a formula that failed) where the month needs a "
        "value: correct it in the export and run again"
    )
    assert not error.transient


def test_several_excel_errors_are_counted_and_the_first_five_named_in_sheet_order(tmp_path):
    rows = [ERP_HEADER] + [[3840 + n, 1, "#DIV/0!" if n % 2 else 20.5, "#N/A", "instock"] for n in range(4)]
    path = with_error_cells(tmp_path / "Fichier_erp.xlsx", rows)
    assert str(refusal(path, ERP)) == (
        f"{path}: 6 cells hold Excel errors (formulas that failed) where the month needs values (cell E3 "
        "(stock_quantity, row 3): #N/A; cell D4 (price, row 4): #DIV/0!; cell E4 (stock_quantity, row 4): #N/A; "
        "cell E5 (stock_quantity, row 5): #N/A; cell D6 (price, row 6): #DIV/0! and 1 more): correct them in the "
        "export and run again"
    )


@pytest.mark.parametrize("far", [False, True], ids=["dense sheet", "a stray far cell (read from its XML)"])
def test_an_excel_error_elsewhere_is_carried_as_empty_and_a_row_of_errors_alone_is_a_blank_row(tmp_path, far):
    """Not a column of the contract (tax_class), or a row that holds nothing but errors (a formula filled down past
    the data): read as before."""
    header = ["sku", "total_sales", "post_title", "post_type", "tax_class"]
    rows = [header, ["15298", 4, "A", "product", "#REF!"], [], ["#N/A", "#N/A", None, None, "#N/A"]]
    raw, _ = read_source(with_error_cells(tmp_path / "Fichier_web.xlsx", rows, far), WEB)
    rows = raw[raw["row"] < 1000]  # the stray far cell's row aside
    assert rows["row"].tolist() == [3] and rows["sku"].tolist() == ["15298"] and rows["total_sales"].tolist() == ["4"]
    assert rows["tax_class"].isna().all()


@pytest.mark.parametrize("cell", ["#N/A", " #VALUE! "])
def test_an_excel_error_written_as_text_is_named_with_its_line_or_row(tmp_path, cell):
    """Excel saves an error cell as CSV as its text; a person may type it in a text cell."""
    csv = f"sku;total_sales;post_title;post_type\n15298;4;A;product\n15299;{cell};B;product\n".encode()
    with pytest.raises(LoadError) as error:
        read(tmp_path, csv, WEB, "Fichier_web.csv")
    shown = cell.strip()
    assert str(error.value) == (
        f"{tmp_path / 'Fichier_web.csv'}: total_sales, line 3 holds {shown}, an Excel error (a formula that failed) "
        "where the month needs a value: correct it in the export and run again"
    )
    path = with_error_cells(tmp_path / "Fichier_web.xlsx", [["sku", "total_sales", "post_title", "post_type"]])
    import openpyxl

    book = openpyxl.load_workbook(path)
    book.active["B3"], book.active["C3"], book.active["D3"], book.active["E3"] = "15299", cell, "B", "product"
    book.active["C3"].data_type = "s"  # a text cell, not an error
    book.save(path)
    with pytest.raises(LoadError, match=rf": total_sales, row 3 holds {re.escape(shown)}, an Excel error"):
        read_source(path, WEB)


def test_an_error_cell_of_an_xls_workbook_is_named(tmp_path):
    """An old .xls workbook holds a formula's error as an error cell (a BoolErr record), as xlsx does."""
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Feuil1")
    for column, value in enumerate(["sku", "total_sales", "post_title", "post_type"]):
        sheet.write(0, column, value)
    for column, value in enumerate(["15298", 4, "A", "product"]):
        sheet.write(1, column, value)
    sheet.row(2).set_cell_error(0, 0x2A)  # #N/A
    for column, value in enumerate([3, "B", "product"], start=1):
        sheet.write(2, column, value)
    book.save(str(tmp_path / "Fichier_web.xls"))
    assert str(refusal(tmp_path / "Fichier_web.xls", WEB)) == (
        f"{tmp_path / 'Fichier_web.xls'}: cell A3 (sku, row 3) holds #N/A, an Excel error (a formula that failed) "
        "where the month needs a value: correct it in the export and run again"
    )


def as_strict(workbook, path):
    """The workbook at `workbook` as Excel saves it as "Strict Open XML Spreadsheet": the same parts, their elements
    and relationship ids in the ISO namespaces."""
    import zipfile

    iso = {
        b"http://schemas.openxmlformats.org/spreadsheetml/2006/main": b"http://purl.oclc.org/ooxml/spreadsheetml/main",
        b"http://schemas.openxmlformats.org/officeDocument/2006/relationships": (
            b"http://purl.oclc.org/ooxml/officeDocument/relationships"
        ),
    }
    with zipfile.ZipFile(workbook) as book:
        parts = {name: book.read(name) for name in book.namelist()}
    with zipfile.ZipFile(path, "w") as book:
        for name, data in parts.items():
            if name.endswith(".xml"):
                for transitional, strict in iso.items():
                    data = data.replace(transitional, strict)
            book.writestr(name, data)
    return path


@pytest.mark.parametrize("source", [ERP, WEB, LINK], ids=lambda s: s.name)
def test_a_workbook_saved_as_strict_open_xml_is_read_as_the_same_cells(tmp_path, source):
    """Its sheets were looked for in the transitional namespace only: `every sheet is hidden ()`."""
    from helpers import BOTTLENECK, FILES

    real = BOTTLENECK / FILES[source.name]
    strict, how = read_source(as_strict(real, tmp_path / real.name), source)
    pd.testing.assert_frame_equal(strict, read_source(real, source)[0])
    assert how == read_source(real, source)[1]


def test_a_strict_open_xml_sheet_read_from_its_xml_names_its_error_cells(tmp_path):
    header = ["sku", "total_sales", "post_title", "post_type"]
    rows = [header, ["15298", 4, "A", "product"], ["15299", "#N/A", "B", "product"]]
    path = as_strict(with_error_cells(tmp_path / "written.xlsx", rows, far=True), tmp_path / "Fichier_web.xlsx")
    assert str(refusal(path, WEB)).startswith(f"{path}: cell C4 (total_sales, row 4) holds #N/A, an Excel error")


ODS_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:calcext="urn:org:documentfoundation:names:experimental:calc:xmlns:calcext:1.0"'
)


def ods_cell(value, repeated=1):
    """A cell of an .ods file's XML as LibreOffice writes it; ("#N/A",): a formula's error, saved as empty text."""
    spans = f' table:number-columns-repeated="{repeated}"' if repeated > 1 else ""
    if value is None:
        return f"<table:table-cell{spans}/>"
    if isinstance(value, tuple):
        return (
            f'<table:table-cell{spans} table:formula="of:=1/0" office:value-type="string" office:string-value="" '
            f'calcext:value-type="error"><text:p>{value[0]}</text:p></table:table-cell>'
        )
    kind = "float" if isinstance(value, int) else "string"
    number = f' office:value="{value}"' if kind == "float" else ""
    return (
        f'<table:table-cell{spans} office:value-type="{kind}"{number} calcext:value-type="{kind}"><text:p>{value}'
        "</text:p></table:table-cell>"
    )


def written_ods(path, sheets):
    """An .ods file of the sheets {name: rows}, a row a list of cells (ods_cell) or the XML of a row."""
    import zipfile

    def row(cells):
        return (
            cells
            if isinstance(cells, str)
            else "<table:table-row>" + "".join(map(ods_cell, cells)) + "</table:table-row>"
        )

    body = "".join(
        f'<table:table table:name="{n}">' + "".join(map(row, rows)) + "</table:table>" for n, rows in sheets.items()
    )
    kind = "application/vnd.oasis.opendocument.spreadsheet"
    with zipfile.ZipFile(path, "w") as book:
        book.writestr("mimetype", kind, compress_type=zipfile.ZIP_STORED)
        book.writestr(
            "META-INF/manifest.xml",
            '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
            f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{kind}"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            "</manifest:manifest>",
        )
        book.writestr(
            "content.xml",
            f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {ODS_NAMESPACES} office:version="1.2">'
            f"<office:body><office:spreadsheet>{body}</office:spreadsheet></office:body></office:document-content>",
        )
    return path


def test_an_error_cell_of_an_ods_file_is_named_where_it_is(tmp_path):
    """LibreOffice saves a formula's error as an empty text beside its value type "error": calamine reads an empty
    cell. Rows and columns LibreOffice writes once for several (repeated) count for all of them; another sheet's
    errors are not this export's."""
    header = ["sku", "total_sales", "post_title", "post_type"]
    path = written_ods(
        tmp_path / "Fichier_web.ods",
        {
            "Feuil1": [
                '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row>',
                [None, *header],
                [None, "15298", 4, "A", "product"],
                [None, ("#N/A",), 3, "B", "product"],
                "<table:table-row>"
                + ods_cell(None, 2)
                + ods_cell(("#REF!",), 2)
                + ods_cell("product")
                + "</table:table-row>",
            ],
            "notes": [["note"], [("#N/A",)]],
        },
    )
    assert str(refusal(path, WEB)) == (
        f"{path}: 3 cells hold Excel errors (formulas that failed) where the month needs values (cell B5 (sku, row "
        "5): #N/A; cell C6 (total_sales, row 6): #REF!; cell D6 (post_title, row 6): #REF!): correct them in the "
        "export and run again"
    )
    whole = {"Feuil1": [header, ["15298", 4, "A", "product"]], "notes": [[("#N/A",)]]}
    whole = written_ods(tmp_path / "whole.ods", whole)
    assert read_source(whole, WEB)[0]["sku"].tolist() == ["15298"]


ERP_HEADER = ["product_id", "onsale_web", "price", "stock_quantity", "stock_status"]
JANUARY = [ERP_HEADER, [3847, 1, 24.2, 0, "outofstock"]]
DECEMBER = [[None], [None], [" Product_ID ", "onsale_web", "PRICE", "stock_quantity", "stock_status"]]
DECEMBER += [[3847, 1, 36.3, 0, "outofstock"]]  # an older month's sheet: its header below two blank rows


def two_sheet_workbook(path, sheets):
    """A workbook of the sheets {name: rows} in order, written as its format is (openpyxl, odf or xlwt)."""
    if path.suffix == ".xlsx":
        import openpyxl

        book = openpyxl.Workbook()
        book.remove(book.active)
        for name, rows in sheets.items():
            sheet = book.create_sheet(name)
            for r, row in enumerate(rows, start=1):
                for c, value in enumerate(row, start=1):
                    sheet.cell(row=r, column=c, value=value)
        book.save(path)
    elif path.suffix == ".xls":
        import xlwt

        book = xlwt.Workbook()
        for name, rows in sheets.items():
            sheet = book.add_sheet(name)
            for r, row in enumerate(rows):
                for c, value in enumerate(row):
                    if value is not None:
                        sheet.write(r, c, value)
        book.save(str(path))
    else:
        with pd.ExcelWriter(path, engine="odf") as writer:
            for name, rows in sheets.items():
                width = max(map(len, rows))
                padded = [list(row) + [None] * (width - len(row)) for row in rows]
                pd.DataFrame(padded).to_excel(writer, sheet_name=name, header=False, index=False)
    return path


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".xls"])
def test_two_visible_sheets_that_each_hold_the_export_stop_unless_one_is_named(tmp_path, suffix):
    """An older month's sheet left in the workbook would otherwise be read as this month's, first or not."""
    path = two_sheet_workbook(tmp_path / f"Fichier_erp{suffix}", {"Janvier": JANUARY, "Décembre": DECEMBER})
    with pytest.raises(LoadError) as refused:
        read_source(path, ERP)
    assert str(refused.value) == (
        f"{path}: sheets 'Janvier', 'Décembre' are visible and each holds this export's columns: which one is the "
        "month's is not sure; name it ([source_files] erp_sheet = Janvier in the month's month.cfg, or in "
        "luigi.cfg), or hide or delete the others"
    )
    for sheet, price in [("Janvier", "24.2"), ("Décembre", "36.3")]:
        raw, how = read_source(path, ERP, options=ReadOptions(sheet=sheet))
        assert (raw["price"].tolist(), how) == ([price], f"sheet '{sheet}', as set")


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".xls"])
def test_a_first_sheet_without_the_exports_header_before_the_export_stops_naming_the_one_that_holds_it(
    tmp_path, suffix
):
    """A sheet of notes put before the export, or this month's sheet with a header renamed before an older month's:
    which of the two it is, only the user knows. The first was said to hold the export's columns too, and given as
    the sheet to name."""
    notes = [["Export du 15/01/2026"], ["à vérifier"]]
    path = two_sheet_workbook(tmp_path / f"Fichier_erp{suffix}", {"notes": notes, "Janvier": JANUARY})
    with pytest.raises(LoadError) as refused:
        read_source(path, ERP)
    assert str(refused.value) == (
        f"{path}: the first visible sheet, 'notes', does not hold this export's columns, but sheet 'Janvier' does: "
        "name the one to read ([source_files] erp_sheet = Janvier in the month's month.cfg, or in luigi.cfg), or "
        "hide or delete the others"
    )
    assert read_source(path, ERP, options=ReadOptions(sheet="Janvier"))[0]["price"].tolist() == ["24.2"]
    path = two_sheet_workbook(
        tmp_path / f"Fichier_erp2{suffix}", {"notes": notes, "Janvier": JANUARY, "Décembre": DECEMBER}
    )
    with pytest.raises(LoadError, match=r"'notes', does not hold .*, but sheets 'Janvier', 'Décembre' do: name"):
        read_source(path, ERP)


@pytest.mark.parametrize("suffix", [".xlsx", ".ods", ".xls"])
def test_another_visible_sheet_without_the_exports_header_is_left_alone(tmp_path, suffix):
    notes = [["product_id", "note"], [3847, "to ask the shop"]]
    pivot = [[None], ["price", "count"], [24.2, 1]]
    path = two_sheet_workbook(tmp_path / f"Fichier_erp{suffix}", {"Janvier": JANUARY, "notes": notes, "tcd": pivot})
    raw, how = read_source(path, ERP)
    assert (raw["price"].tolist(), how) == (["24.2"], "sheet 'Janvier'")


def test_the_header_of_another_sheet_is_compared_as_mapped(tmp_path):
    renamed = [["product_id", "onsale_web", "prix ttc", "stock_quantity", "stock_status"], [3847, 1, 36.3, 0, "x"]]
    path = two_sheet_workbook(tmp_path / "Fichier_erp.xlsx", {"Janvier": JANUARY, "Décembre": renamed})
    assert read_source(path, ERP)[0]["price"].tolist() == ["24.2"]  # 'prix ttc' is no price column here
    with pytest.raises(LoadError, match="sheets 'Janvier', 'Décembre' are visible"):
        read_source(path, ERP, columns={"price": "prix ttc"})  # and here it is, as price is in Janvier
