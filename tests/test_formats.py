"""The shop's real exports as they also arrive: CSV in the dialects found in the wild, other spreadsheet formats,
a renamed header. Each is written here from the real xlsx files and must give the same month as the xlsx."""

import codecs
import csv
import datetime
import io
import os
import re
import shutil
import subprocess
import time

import openpyxl
import pandas as pd
import pytest

from helpers import BOTTLENECK, FILES, run_luigi, write_sources
from wine_luigi.demo import demo_frames

JAN = ("RunMonthly", "--date", "2026-01-15")


# what Excel writes for a character its CSV's encoding does not have (the real web export's one ½ in Mac Roman)
codecs.register_error("underscore", lambda error: ("_", error.end))


def real_cells(name):
    """The cells of a real export, header first, as a spreadsheet program holds them."""
    return pd.read_excel(BOTTLENECK / FILES[name], engine="calamine", header=None, dtype=object)


def as_text(value, decimal):
    """A cell as a spreadsheet program writes it in CSV: whole numbers without decimals, the locale's decimal mark."""
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return ""
    if isinstance(value, float):
        text = str(int(value)) if value.is_integer() else repr(value)
        return text.replace(".", decimal)
    if isinstance(value, datetime.datetime):
        return value.strftime("%d/%m/%Y %H:%M")
    return str(value)


def write_delimited(
    cells,
    path,
    separator=";",
    encoding="cp1252",
    decimal=",",
    newline="\r\n",
    final_newline=True,
    quote_all=False,
    bom=False,
    sep_line=False,
    errors="strict",
):
    out = io.StringIO()
    writer = csv.writer(
        out, delimiter=separator, lineterminator=newline, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL
    )
    for row in cells.itertuples(index=False):
        writer.writerow([as_text(v, decimal) for v in row])
    text = out.getvalue()
    if not final_newline:
        text = text[: -len(newline)]
    if sep_line:  # Excel's directive, which it does not show as a row
        text = f"sep={separator}{newline}{text}"
    path.write_bytes((b"\xef\xbb\xbf" if bom else b"") + text.encode(encoding, errors))
    return path


def csv_exports(folder, **dialect):
    folder.mkdir(parents=True, exist_ok=True)
    for name in FILES:
        write_delimited(real_cells(name), folder / FILES[name].replace(".xlsx", ".csv"), **dialect)
    return folder


def deliverables(out):
    """What a reader gets: the workbook's cells, the segment files' bytes, the rejects without the file column."""
    book = openpyxl.load_workbook(out / "sales_product.xlsx")
    rejects = pd.read_csv(out / "rejects.csv", dtype=str).drop(columns="file")
    return {
        "sales_product": {s.title: [[c.value for c in row] for row in s.iter_rows()] for s in book.worksheets},
        "premium": (out / "premium.csv").read_bytes(),
        "ordinary": (out / "ordinary.csv").read_bytes(),
        "rejects": rejects.values.tolist(),
    }


@pytest.fixture(scope="module")
def xlsx_month(tmp_path_factory):
    work = tmp_path_factory.mktemp("xlsx")
    done = run_luigi(work, *JAN, "--paths-sources", str(BOTTLENECK))
    assert done.returncode == 0, done.stderr
    return deliverables(work / "data/output/2026-01")


def run_month(work, sources, *options):
    names = [f"--source-files-{name}" for name in FILES]
    files = [
        a
        for name, option in zip(FILES, names)
        for a in (option, next(p.name for p in sources.iterdir() if p.stem == FILES[name].split(".")[0]))
    ]
    return run_luigi(work, *JAN, "--paths-sources", str(sources), *files, *options)


def assert_the_real_month(done, work, xlsx_month):
    assert done.returncode == 0, done.stderr
    for line in ["merged products: 714", "total revenue: 70,568.60 €", "premium: 30, ordinary: 684"]:
        assert line in done.stderr
    assert deliverables(work / "data/output/2026-01") == xlsx_month


# dialect: (how the CSV is written, what the log says of the web export, and of the ERP export, which is ASCII)
DIALECTS = {
    # French Excel's "CSV (separator: ;)": cp1252, decimal comma, CRLF, line breaks inside quoted fields
    "french excel": (
        {"separator": ";", "encoding": "cp1252", "decimal": ","},
        "cp1252, ';' separated, no decimals",
        "utf-8, ';' separated, decimal comma",
    ),
    # other tools: ',' with every field quoted, so the decimal comma is quoted ("24,2"); CRLF; no final newline
    "comma, quoted decimal comma": (
        {"separator": ",", "encoding": "utf-8", "decimal": ",", "quote_all": True, "final_newline": False},
        "utf-8, ',' separated, no decimals",
        "utf-8, ',' separated, decimal comma",
    ),
    "utf-8 with BOM": (
        {"separator": ";", "encoding": "utf-8", "decimal": ",", "bom": True},
        "utf-8 with BOM, ';' separated, no decimals",
        "utf-8 with BOM, ';' separated, decimal comma",
    ),
    "cp1252 with dots, tab": (
        {"separator": "\t", "encoding": "cp1252", "decimal": ".", "newline": "\n"},
        "cp1252, tab separated, no decimals",
        "utf-8, tab separated, decimal dot",
    ),
    "pipe": (
        {"separator": "|", "encoding": "utf-8", "decimal": "."},
        "utf-8, '|' separated, no decimals",
        "utf-8, '|' separated, decimal dot",
    ),
    # Excel for Mac's "Comma Separated Values" in France: Mac Roman (Windows-1252 would read Crémant as CrŽmant)
    "excel for mac": (
        {"separator": ";", "encoding": "mac_roman", "decimal": ",", "errors": "underscore"},
        "mac_roman, ';' separated, no decimals",
        "utf-8, ';' separated, decimal comma",
    ),
    # a tool writing for Excel: a first line `sep=,` names the separator (Excel does not show it: the header is row 1)
    "excel's sep= line": (
        {"separator": ",", "encoding": "utf-8", "decimal": ".", "sep_line": True},
        "utf-8, ',' separated, no decimals",
        "utf-8, ',' separated, decimal dot",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("dialect", DIALECTS)
def test_the_real_exports_as_csv_give_the_same_month(tmp_path, xlsx_month, dialect):
    options, web, erp = DIALECTS[dialect]
    sources = csv_exports(tmp_path / "exports", **options)
    done = run_month(tmp_path, sources)
    assert_the_real_month(done, tmp_path, xlsx_month)
    assert f"INFO: Fichier_web.csv: {web}" in done.stderr
    assert f"INFO: Fichier_erp.csv: {erp}" in done.stderr


def test_the_french_excel_csv_really_is_what_french_excel_writes(tmp_path):
    path = write_delimited(real_cells("web"), tmp_path / "Fichier_web.csv")
    data = path.read_bytes()
    assert data.count(b"\r\n") > 1513 and b"\xe9" in data and "é".encode() not in data  # CRLF, cp1252
    rows = list(csv.reader(io.StringIO(data.decode("cp1252"), newline=""), delimiter=";"))
    assert len(rows) == 1514
    assert any("\n" in field for row in rows for field in row)  # line breaks inside quoted fields
    erp = write_delimited(real_cells("erp"), tmp_path / "Fichier_erp.csv").read_bytes().decode("cp1252")
    prices = [row[2] for row in csv.reader(io.StringIO(erp, newline=""), delimiter=";")][1:]
    assert "24,2" in prices and not any("." in p for p in prices)  # the decimal comma


def test_prices_in_a_euro_format_give_the_same_month(tmp_path, xlsx_month):
    """The ERP's price column formatted as euros in Excel: French Excel saves `24,20 €` (a no-break space) in CSV."""
    sources = csv_exports(tmp_path / "exports")
    erp = real_cells("erp")
    prices = erp[1:][erp.iloc[0].tolist().index("price")]
    erp.loc[1:, prices.name] = [f"{p:.2f}".replace(".", ",") + "\u00a0€" for p in prices]
    write_delimited(erp, sources / "Fichier_erp.csv")
    assert "24,20\u00a0€".encode("cp1252") in (sources / "Fichier_erp.csv").read_bytes()
    done = run_month(tmp_path, sources)
    assert_the_real_month(done, tmp_path, xlsx_month)
    assert "INFO: Fichier_erp.csv: cp1252, ';' separated, decimal comma, '€' beside price" in done.stderr


def test_forced_settings_are_honoured(tmp_path, xlsx_month):
    sources = csv_exports(tmp_path / "exports", separator=";", encoding="cp1252", decimal=",")
    done = run_month(tmp_path, sources, "--csv-encoding", "cp1252", "--csv-delimiter", ";", "--csv-decimal", ",")
    assert_the_real_month(done, tmp_path, xlsx_month)


@pytest.mark.slow
@pytest.mark.parametrize("header", ["id_web (SKU)", "id_web = SKU", "sku_id_web"])
def test_a_renamed_link_header_is_mapped(tmp_path, xlsx_month, header):
    sources = tmp_path / "exports"
    shutil.copytree(BOTTLENECK, sources)
    book = openpyxl.load_workbook(sources / FILES["link"])
    book.worksheets[0]["B1"] = header
    book.save(sources / FILES["link"])

    refused = run_luigi(tmp_path, *JAN, "--paths-sources", str(sources))
    assert refused.returncode == 30
    option = "--link-columns-id-web"
    assert (
        f"missing column(s) id_web (found: product_id, {header.lower()}); the closest header to id_web is '{header}': "
        f'if it is id_web, add to luigi.cfg the line [link_columns] id_web = {header} (or {option} "{header}")'
    ) in refused.stderr

    done = run_luigi(tmp_path, *JAN, "--paths-sources", str(sources), option, header)
    assert_the_real_month(done, tmp_path, xlsx_month)


@pytest.mark.slow
def test_a_renamed_header_is_mapped_in_luigi_cfg_too(tmp_path):
    from helpers import ROOT

    folder = write_sources(tmp_path / "data/sources")
    book = openpyxl.load_workbook(folder / FILES["erp"])
    book.worksheets[0]["C1"] = "Prix TTC"
    book.save(folder / FILES["erp"])
    config = tmp_path / "user.cfg"
    config.write_text((ROOT / "luigi.cfg").read_text() + "\n[erp_columns]\nprice = prix ttc\n")
    done = run_luigi(tmp_path, *JAN, env={"LUIGI_CONFIG_PATH": str(config)})
    assert done.returncode == 0, done.stderr


def write_ods(name, path):
    real_cells(name).to_excel(path, engine="odf", header=False, index=False)


def write_xls(name, path):
    import xlwt

    book = xlwt.Workbook()
    sheet = book.add_sheet("Feuil1")
    for r, row in enumerate(real_cells(name).itertuples(index=False)):
        for c, value in enumerate(row):
            if isinstance(value, datetime.datetime):
                value = value.strftime("%Y-%m-%d %H:%M:%S")
            if value is not None and not (isinstance(value, float) and pd.isna(value)):
                sheet.write(r, c, value if not isinstance(value, str) else value[:32_767])
    book.save(str(path))


@pytest.mark.slow
@pytest.mark.parametrize("suffix, write", [(".ods", write_ods), (".xls", write_xls)])
def test_other_spreadsheet_formats_give_the_same_month(tmp_path, xlsx_month, suffix, write):
    sources = tmp_path / "exports"
    sources.mkdir()
    for name in FILES:
        write(name, sources / FILES[name].replace(".xlsx", suffix))
    assert_the_real_month(run_month(tmp_path, sources), tmp_path, xlsx_month)


# --- a CSV export still being copied ----------------------------------------------------------------


def cut_copy(tmp_path, upto=400_000, ahead=0):
    """The real month as French Excel CSV, its web export as a copy under way has it: cut in the middle of a line
    (and dated `ahead` seconds ahead of this machine's clock, as a share whose server's clock is ahead dates it)."""
    sources = csv_exports(tmp_path / "exports", separator=";", encoding="cp1252", decimal=",")
    whole = (sources / "Fichier_web.csv").read_bytes()
    assert whole[upto - 2 : upto] != b"\r\n"
    (sources / "Fichier_web.csv").write_bytes(whole[:upto])
    if ahead:
        os.utime(sources / "Fichier_web.csv", (time.time() + ahead, time.time() + ahead))
    return sources, whole


def month_while(tmp_path, sources, on_warning, delay):
    """The month run as cron does, on_warning(n) called as the n-th 'copy under way' warning is logged."""
    from helpers import luigi_command

    names = [a for n in FILES for a in (f"--source-files-{n}", FILES[n].replace(".xlsx", ".csv"))]
    command, env = luigi_command(
        tmp_path, *JAN, "--paths-sources", str(sources), *names, "--scheduler-retry-delay", str(delay)
    )
    process = subprocess.Popen(command, cwd=tmp_path, env=env, stderr=subprocess.PIPE, text=True)
    lines, warnings = [], 0
    for line in process.stderr:
        lines.append(line)
        if "a copy of it may still be under way" in line:
            warnings += 1
            on_warning(warnings)
    process.wait(180)
    return subprocess.CompletedProcess(command, process.returncode, "", "".join(lines))


@pytest.mark.slow
def test_a_csv_export_still_being_copied_is_read_once_the_copy_is_whole(tmp_path, xlsx_month):
    import threading

    sources, whole = cut_copy(tmp_path)
    path, copied = sources / "Fichier_web.csv", threading.Event()

    def copying():  # its date as a copy under way keeps it: now
        while not copied.wait(0.05):
            os.utime(path)

    def done_copying(n):  # the copy ends as `cp -p` ends one: the whole file, with the date of the original
        copied.set()
        toucher.join()
        path.write_bytes(whole)
        os.utime(path, (time.time() - 3600, time.time() - 3600))

    toucher = threading.Thread(target=copying)
    toucher.start()
    try:
        done = month_while(tmp_path, sources, done_copying, 1)
    finally:
        copied.set()
        toucher.join()
    assert re.search(
        rf"WARNING: {re.escape(str(path))}: (it changed while it was read|it ends in the middle of a line and was "
        r"written \d+\.\d s ago): a copy of it may still be under way; reading again in 1 s \(2 more attempt\(s\)\)",
        done.stderr,
    ), done.stderr
    assert done.stderr.count("a copy of it may still be under way") == 1
    assert_the_real_month(done, tmp_path, xlsx_month)  # the whole export's figures, not the cut one's
    again = run_month(tmp_path, sources)  # and the month is known as made from the whole export: nothing to do
    assert again.returncode == 0 and "2026-01: already done" in again.stderr, again.stderr


@pytest.mark.slow
def test_a_csv_export_that_is_still_being_written_after_every_look_stops_the_month_by_name(tmp_path):
    sources, whole = cut_copy(tmp_path)
    path = sources / "Fichier_web.csv"

    def more(n):  # the copy goes on, a little, and its server's clock is a minute ahead of this machine's
        path.write_bytes(whole[: 400_000 + 1000 * n])
        os.utime(path, (time.time() + 60, time.time() + 60))

    more(0)
    done = month_while(tmp_path, sources, more, 0.3)
    assert done.returncode == 30, done.stderr
    assert done.stderr.count("a copy of it may still be under way") == 2
    assert re.search(
        rf"{re.escape(str(path))}: it ends in the middle of a line and is dated \d+\.\d s ahead of this machine's "
        r"clock, at each of 3 looks 0\.3 s apart: it is still being written \(a copy under way\?\); run again once "
        r"it is whole",
        done.stderr,
    ), done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()


@pytest.mark.slow
def test_with_a_single_look_a_csv_export_still_being_written_stops_the_month(tmp_path):
    sources, _ = cut_copy(tmp_path, ahead=60)
    done = run_month(tmp_path, sources, "--retries-read-attempts", "1")
    assert done.returncode == 30, done.stderr
    assert re.search(
        r"Fichier_web.csv: it ends in the middle of a line and is dated \d+\.\d s ahead of this machine's clock, at "
        r"its only look: it is still being written \(a copy under way\?\); run again once it is whole",
        done.stderr,
    ), done.stderr
    assert "a copy of it may still be under way" not in done.stderr


@pytest.mark.slow
def test_a_csv_copy_that_stalled_in_the_middle_of_a_short_line_stops_the_month_once_it_stays_so(tmp_path):
    """Unchanged from one look to the next, a copy under way looks whole: the one that stalled in a line that is short
    of the header's fields is named, not read as it is."""
    sources, _ = cut_copy(tmp_path, ahead=60)
    path = sources / "Fichier_web.csv"
    done = month_while(tmp_path, sources, lambda n: None, 0.3)
    assert done.returncode == 30, done.stderr
    assert re.search(
        rf"WARNING: {re.escape(str(path))}: it ends in the middle of a line and is dated \d+\.\d s ahead of this "
        r"machine's clock: a copy of it may still be under way; reading again in 0\.3 s \(2 more attempt\(s\)\)",
        done.stderr,
    ), done.stderr
    assert done.stderr.count("a copy of it may still be under way") == 1  # the second look finds it as it was
    assert (
        f"failed    ExtractSource(month=2026-01, source=web): {path}: its last line (1415) has 7 of the header's 28 "
        "fields and the file ends there, without a line break: it was cut short (a copy or a save that stopped?): "
        "export or copy it again\n"
    ) in done.stderr, done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()


def test_a_csv_export_that_ends_without_a_line_break_but_was_written_a_while_ago_is_read_at_once(tmp_path, xlsx_month):
    """As Google Sheets writes CSV: no line break after the last line. Not written in the last seconds, it is whole."""
    sources = csv_exports(tmp_path / "exports", separator=",", encoding="utf-8", decimal=".", final_newline=False)
    for path in sources.iterdir():
        os.utime(path, (time.time() - 3600, time.time() - 3600))
    done = run_month(tmp_path, sources)
    assert_the_real_month(done, tmp_path, xlsx_month)
    assert "a copy of it may still be under way" not in done.stderr


def test_a_csv_export_cut_short_in_its_last_line_a_while_ago_stops_the_month(tmp_path):
    """A copy that stopped an hour ago, in the middle of the last product's price (16,3 cut to 16): read as it is,
    that product's price was 16.0 with exit 0. The last line is short and has no line break after it: named."""
    sources = csv_exports(tmp_path / "exports", separator=";", encoding="cp1252", decimal=",")
    path = sources / "Fichier_erp.csv"
    whole = path.read_bytes().rstrip(b"\r\n")
    head, last = whole.rsplit(b"\r\n", 1)
    assert last == b"7338;1;16,3;45;instock"
    path.write_bytes(head + b"\r\n7338;1;16")
    os.utime(path, (time.time() - 3600, time.time() - 3600))
    done = run_month(tmp_path, sources, "--scheduler-retry-delay", "0.1")
    assert done.returncode == 30, done.stderr
    line = (
        f"{path}: its last line (826) has 3 of the header's 5 fields and the file ends there, without a line break: "
        "it was cut short (a copy or a save that stopped?): export or copy it again"
    )
    assert f"failed    ExtractSource(month=2026-01, source=erp): {line}\n" in done.stderr, done.stderr
    assert "reading again" not in done.stderr  # written an hour ago: no copy of it is under way
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()


def test_a_quote_never_closed_in_a_csv_export_stops_the_month_naming_its_line(tmp_path):
    """The web export with a quote opened before the last value of its third last line (comment_count, a column the
    month does not use) and never closed: read as it was, the two lines after it were one value, and their rows were
    gone from the month, rejects.csv included, with exit 0."""
    sources = csv_exports(tmp_path / "exports", separator=";", encoding="cp1252", decimal=",")
    path = sources / "Fichier_web.csv"
    *head, third, second, last, end = path.read_bytes().split(b"\r\n")
    assert end == b"" and b'"' not in second + last
    path.write_bytes(b"\r\n".join([*head, third[: third.rindex(b";") + 1] + b'"' + third[third.rindex(b";") + 1 :]]))
    with open(path, "ab") as f:
        f.write(b"\r\n" + b"\r\n".join([second, last, end]))
    line = b"\r\n".join(head).count(b"\n") + 2  # as an editor numbers it (a value may hold line breaks)
    done = run_month(tmp_path, sources)
    assert done.returncode == 30, done.stderr
    assert (
        f'failed    ExtractSource(month=2026-01, source=web): {path}: line {line} opens a quote (") that is never '
        "closed: read so, its value would run to the end of the file and the file's last 2 line(s) would be lost in "
        'it: close the quote, or write it twice ("") if it is part of the value\n'
    ) in done.stderr, done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()


def test_a_utf8_csv_export_with_a_line_saved_in_windows_1252_stops_the_month_naming_that_line(tmp_path):
    """The real web export as UTF-8 CSV, one é of its fourth line written as Windows-1252 writes it (a line edited in
    another program). Read as Windows-1252, every other accent would have been two wrong characters; here the
    month stopped on a byte of a UTF-8 ” far below, which Windows-1252 does not have either."""
    sources = csv_exports(tmp_path / "exports", separator=",", encoding="utf-8", decimal=".")
    path = sources / "Fichier_web.csv"
    data = path.read_bytes()
    at = data.index("é".encode())
    path.write_bytes(data[:at] + b"\xe9" + data[at + 2 :])
    line = data.count(b"\n", 0, at) + 1
    done = run_month(tmp_path, sources)
    assert done.returncode == 30, done.stderr
    assert (
        f"failed    ExtractSource(month=2026-01, source=web): {path}: UTF-8 text but for byte 0xE9 on line {line} "
        f"(offset {at}; Windows-1252's 'é'?), which is not UTF-8: part of the file was saved by another program; save "
        "it again as CSV UTF-8, or set [csv] encoding\n"
    ) in done.stderr, done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()


def test_what_says_a_csv_export_may_be_a_copy_under_way(tmp_path, monkeypatch):
    from wine_luigi import layout
    from wine_luigi.freshness import stat_of
    from wine_luigi.tasks import copy_under_way

    path = tmp_path / "Fichier_web.csv"
    path.write_bytes(b"sku;total_sales\r\n15298;3")
    before = stat_of(str(path))
    assert copy_under_way(path, before, None, 60) == "it ends in the middle of a line and was written 0.0 s ago"
    assert copy_under_way(path, before, before, 60) is None  # as it was at the look before: whole
    assert copy_under_way(path, before, None, 0) is None  # not written within the delay
    with open(path, "ab") as f:
        f.write(b"\r\n")
    assert copy_under_way(path, before, None, 60) == "it changed while it was read"
    assert copy_under_way(path, stat_of(str(path)), None, 60) is None  # it ends with a line break
    book = tmp_path / "Fichier_web.xlsx"
    book.write_bytes(b"PK")
    assert copy_under_way(book, stat_of(str(book)), None, 60) is None  # a workbook cut short does not read at all
    path.write_bytes(b"sku;total_sales\r\n15298;3")
    monkeypatch.setattr(layout, "logical", lambda p: f"s3://bottleneck/sources/{p.name}")
    assert copy_under_way(path, stat_of(str(path)), None, 60) is None  # the working copy of an object, whole as it is


# --- finding the file ---------------------------------------------------------------------------


@pytest.mark.slow
def test_the_export_under_another_extension_is_found_and_said(tmp_path):
    folder = write_sources(tmp_path / "data/sources")
    erp = demo_frames(120, 1)[0]
    (folder / FILES["erp"]).unlink()
    erp.to_csv(folder / "Fichier_erp.csv", sep=";", index=False, decimal=",")
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    assert (
        f"Fichier_erp.xlsx: not in {folder}; reading Fichier_erp.csv, the same export in another format" in done.stderr
    )
    assert "Fichier_erp.csv: utf-8, ';' separated, decimal comma" in done.stderr


@pytest.mark.slow
def test_two_exports_of_one_source_stop_the_month_naming_both(tmp_path):
    folder = write_sources(tmp_path / "data/sources")
    demo_frames(120, 1)[0].to_csv(folder / "Fichier_erp.csv", index=False)
    done = run_luigi(tmp_path, *JAN, "--scheduler-retry-delay", "0.1")
    assert done.returncode == 30
    assert (
        "Fichier_erp.xlsx: the ERP export is there 2 times (Fichier_erp.xlsx, Fichier_erp.csv): keep one" in done.stderr
    )
    assert not (tmp_path / "data/output/2026-01").exists()


@pytest.mark.slow
@pytest.mark.parametrize("named_in", ["month.cfg", "the command line"])
def test_the_export_a_month_names_is_read_whatever_else_is_beside_it(tmp_path, named_in):
    """month.cfg or the command line naming Fichier_erp.csv settles which export it is: the workbook beside it (here
    not even a workbook) is left alone, and the log says so."""
    folder = write_sources(tmp_path / "data/sources/2026-01")
    demo_frames(120, 1)[0].to_csv(folder / "Fichier_erp.csv", index=False)
    (folder / FILES["erp"]).write_bytes(b"not the export")
    options = ()
    if named_in == "month.cfg":
        (folder / "month.cfg").write_text("[source_files]\nerp = Fichier_erp.csv\n")
        where = str(folder / "month.cfg")
    else:
        options, where = ("--source-files-erp", "Fichier_erp.csv"), "the command line"
    done = run_luigi(tmp_path, *JAN, *options)
    assert done.returncode == 0, done.stderr
    assert (
        f"{folder / 'Fichier_erp.csv'}: Fichier_erp.xlsx beside it too; reading Fichier_erp.csv, the file {where} names"
        in done.stderr
    )
    assert "Fichier_erp.csv: utf-8, ',' separated" in done.stderr
    assert (tmp_path / "data/output/2026-01/sales_product.xlsx").exists()


# --- bad CSV: a named error, never a crash or a silent guess -------------------------------------


def month_with(tmp_path, name, content):
    folder = write_sources(tmp_path / "data/sources")
    (folder / FILES[name]).unlink()
    (folder / FILES[name].replace(".xlsx", ".csv")).write_bytes(content)
    return run_luigi(tmp_path, *JAN, "--scheduler-retry-delay", "0.1")


def link_csv(rows, header="product_id;id_web"):
    return ("\r\n".join([header, *rows]) + "\r\n").encode("utf-8")


BAD_CSV = {
    "bytes neither encoding reads": (
        link_csv(["3847;15298"]).replace(b"15298", "15298é".encode() + b"\x81"),
        "fichier_liaison.csv: not text in UTF-8 or Windows-1252: byte 0x81 on line 2 (offset 31) cannot be decoded",
    ),
    "a row with more fields than the header": (
        link_csv(["3847;15298", "3849;15296;oops"]),
        "fichier_liaison.csv: line 3 has 3 fields, the header has 2: a value holding ';' without quotes?",
    ),
    "an empty file": (b"", "fichier_liaison.csv: the file is empty (0 bytes)"),
    "only a byte order mark": (b"\xef\xbb\xbf\r\n", "fichier_liaison.csv: the file holds no text"),
    "a header only": (link_csv([]), "link_has_data_rows: the sheet has no data rows under its header"),
    "binary under a .csv name": (b"PK\x03\x04\x00\x00binary", "fichier_liaison.csv: not text (it holds NUL bytes)"),
}


@pytest.mark.parametrize("case", BAD_CSV)
def test_bad_csv_stops_the_month_naming_the_file(tmp_path, case):
    content, message = BAD_CSV[case]
    done = month_with(tmp_path, "link", content)
    assert done.returncode == 30, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()


def test_a_number_column_mixing_decimal_marks_stops_the_quality_gate_with_the_keys(tmp_path):
    erp = demo_frames(120, 1)[0].astype(object)
    erp.loc[3, "price"] = str(erp.loc[3, "price"]).replace(".", ",") if "." in str(erp.loc[3, "price"]) else "24,2"
    erp.loc[5, "price"] = "24.5"
    content = erp.to_csv(sep=";", index=False).encode("utf-8")
    done = month_with(tmp_path, "erp", content)
    assert done.returncode == 30, done.stderr
    assert "Fichier_erp.csv: utf-8, ';' separated, decimal comma and dot mixed" in done.stderr
    assert "gate quality_erp failed" in done.stderr
    assert (
        f"erp_price_is_number: price is not a number: a decimal comma ({erp.loc[3, 'price']}) where the file's "
        "numbers use a dot" in done.stderr
    )
    assert f"row 5 (product_id {erp.loc[3, 'product_id']}): price '{erp.loc[3, 'price']}'" in done.stderr


def test_a_few_dots_among_decimal_commas_are_the_rows_named(tmp_path):
    erp = demo_frames(120, 1)[0].astype(object)
    erp["price"] = [f"{p:.2f}".replace(".", ",") for p in erp["price"]]
    erp.loc[7, "price"] = "24.5"
    done = month_with(tmp_path, "erp", erp.to_csv(sep=";", index=False).encode("utf-8"))
    assert done.returncode == 30, done.stderr
    assert (
        f"price mixes decimal marks: {len(erp) - 1} with a comma, 1 with a dot; the 1 with a dot (24.5) are listed"
        in done.stderr
    )
    assert f"row 9 (product_id {erp.loc[7, 'product_id']}): price '24.5'" in done.stderr


@pytest.mark.slow
def test_text_damaged_by_a_conversion_is_a_warning_with_the_keys(tmp_path):
    web = demo_frames(120, 1)[1]
    product = web.index[(web["post_type"] == "product") & web["sku"].notna()][0]
    web.loc[product, "post_title"] = "Pr\ufffdface de Ch\ufffdteau"
    folder = write_sources(tmp_path / "data/sources", {"web": web})
    (folder / FILES["web"]).unlink()
    (folder / "Fichier_web.csv").write_bytes(web.to_csv(index=False).encode("utf-8"))
    done = run_luigi(tmp_path, *JAN)
    assert done.returncode == 0, done.stderr
    assert f"web_text_intact: 1 ({web.loc[product, 'sku']})" in done.stderr


def test_a_real_export_with_an_excel_error_in_a_sku_stops_the_month_naming_the_cell(tmp_path):
    """The real web export with #N/A where the product 15075's sku was (a lookup formula that failed): read as empty,
    the row left the month as a product without sku (a warning), and its 36 € of sales with it, with exit 0."""
    sources = tmp_path / "exports"
    shutil.copytree(BOTTLENECK, sources)
    path = sources / FILES["web"]
    book = openpyxl.load_workbook(path)
    sheet = book.worksheets[0]
    row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(r, 1).value == 15075)
    assert (row, sheet.cell(row, 26).value) == (4, "product")
    sheet.cell(row, 1).value = "#N/A"
    book.save(path)
    done = run_luigi(tmp_path, *JAN, "--paths-sources", str(sources))
    assert done.returncode == 30, done.stderr
    line = (
        f"{path}: cell A4 (sku, row 4) holds #N/A, an Excel error (a formula that failed) where the month needs a "
        "value: correct it in the export and run again"
    )
    assert f"failed    ExtractSource(month=2026-01, source=web): {line}\n" in done.stderr, done.stderr
    assert "Traceback" not in done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()
