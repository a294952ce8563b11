"""The ledger on a PostgreSQL server holds what the SQLite file holds, cell for cell."""

import urllib.parse

import numpy as np
import pytest

from helpers import ROOT, run_luigi, write_sources
from wine_luigi import ledger

TRICKY = [  # text a month's titles may hold, empty cells, floats that must come back exact
    ("2026-01", 1, "A-1", "Château \\ d'Yquem\t1er cru\nmagnum", 12.3, 4.0, 49.2, 2.0000000000000004, "premium"),
    ("2026-01", 2, "", "", 0.1 + 0.2, 0.0, 0.0, -1.5, "ordinary"),
    ("2026-01", 3, None, "\\N", 1e-300, None, None, None, None),
    ("2026-01", 2**62, "B\r2", 'quote " and ; semicolon', 1e20, 1.0, 1e20, 0.0, "ordinary"),
]


# a z-score given as the int 0: a column of two types, said cell by cell
MIXED = [(*row[:7], 0 if row[1] == 3 else row[7], row[8]) for row in TRICKY]
# more rows than COPY says at a time: the pieces join without a row lost, doubled or cut
MANY = [(row[0], n, *row[2:]) for n, row in enumerate(TRICKY * (ledger.COPY_ROWS // 2 + 1))]


@pytest.mark.slow
@pytest.mark.parametrize(
    "rows", [TRICKY, MIXED, MANY], ids=["one type per column", "a column of two types", "several pieces"]
)
def test_a_months_products_read_back_from_postgresql_as_from_sqlite(tmp_path, pg_server, rows):
    def stored(where):
        with ledger.writing(where, "record 2026-01") as conn:
            ledger._insert(conn, "products", list(ledger.PRODUCT_COLUMNS), rows)
        with ledger.reading(where) as conn:
            return [tuple(r) for r in conn.execute("select * from products order by product_id").fetchall()]

    in_file, on_server = stored(tmp_path / "ledger.db"), stored(pg_server)
    assert in_file == on_server == sorted(rows, key=lambda row: row[1])
    assert [type(cell) for cell in on_server[0]] == [type(cell) for cell in in_file[0]]


def test_copy_text_says_each_cell_as_a_call_per_cell_would():
    mixed = [(*row, cell) for row, cell in zip(TRICKY, ["text\tcell", 3, 2.5, None])]  # a column of several types
    expected = "".join("\t".join(ledger._copied(cell) for cell in row) + "\n" for row in mixed)
    assert ledger.copy_text(mixed) == expected
    assert expected.splitlines()[0].split("\t")[3] == "Château \\\\ d'Yquem\\t1er cru\\nmagnum"
    assert expected.splitlines()[2].split("\t")[2:4] == ["\\N", "\\\\N"]
    assert ledger.copy_text([]) == ""
    assert ledger.copy_text([(np.float64(0.1) + 0.2, np.int64(3), None)]) == "0.30000000000000004\t3\t\\N\n"


def test_copy_says_the_rows_a_piece_at_a_time_and_the_pieces_make_the_whole():
    stream = ledger.CopyStream(MANY)
    pieces = list(iter(lambda: stream.read(8192), ""))
    assert len(MANY) > 2 * ledger.COPY_ROWS and len(pieces) == -(-len(MANY) // ledger.COPY_ROWS)
    assert "".join(pieces) == ledger.copy_text(MANY)
    assert [piece.count("\n") for piece in pieces[:-1]] == [ledger.COPY_ROWS] * (len(pieces) - 1)


@pytest.mark.slow
def test_on_a_server_a_steps_timing_does_not_wait_for_the_log_to_reach_disk_and_a_months_record_does(
    pg_server, monkeypatch
):
    monkeypatch.setattr(ledger, "_step_writers", {})  # this test's own connection for the timings
    row = {"month": "2026-01", "task": "CleanSource(month=2026-01, source=web)", "started": "2026-01-15T06:00:00Z"}
    assert ledger.record_step(pg_server, {**row, "seconds": 0.25, "host": "vm", "worker": "w1"})
    timings = ledger._step_writers[pg_server][1]
    assert timings.execute("show synchronous_commit").fetchone()[0] == "off"
    with ledger.writing(pg_server, "record 2026-01") as conn:  # the month's rows: committed to the server's disk
        assert conn.execute("show synchronous_commit").fetchone()[0] == "on"
    with ledger.reading(pg_server) as conn:
        assert [tuple(r) for r in conn.execute("select task, seconds, worker from steps").fetchall()] == [
            ("CleanSource(month=2026-01, source=web)", 0.25, "w1")
        ]
    timings.close()


@pytest.mark.slow
def test_a_ledger_server_that_stops_during_a_run_is_said_in_a_few_lines_without_its_password(tmp_path, pg_server):
    """The server stops as the sales gate starts (lost_ledger.py): one line for the step timings left out, one for
    the step that reads the ledger, one for the month's row; no traceback, no password."""
    write_sources(tmp_path / "data/sources")
    url = pg_server.replace("postgres:@", "postgres:s3cret@")  # the server trusts its socket: any password will do
    folder = urllib.parse.parse_qs(urllib.parse.urlparse(url).query)["host"][0]
    env = {"PYTHONPATH": str(ROOT / "tests"), "LOST_LEDGER": folder}
    done = run_luigi(
        tmp_path, "--module", "lost_ledger", "RunMonthly", "--date", "2026-01-15", "--paths-db", url, env=env
    )
    assert done.returncode == 30, done.stderr
    assert "Traceback" not in done.stderr and "s3cret" not in done.stderr, done.stderr
    shown = ledger.shown(url)
    assert shown.startswith("postgresql://postgres:***@")
    left_out = [line for line in done.stderr.splitlines() if "later steps are left out" in line]
    assert len(left_out) == 1 and left_out[0].startswith(f"WARNING: {shown}: the time of "), done.stderr
    assert f"failed    ReportMonth(month=2026-01): {shown}: the ledger cannot be read (" in done.stderr
    assert f"ERROR: {shown}: cannot record 2026-01 in the ledger (" in done.stderr
    assert not (tmp_path / "data/output/2026-01").exists()


@pytest.mark.slow
def test_a_hold_on_a_month_the_server_let_go_is_taken_again_unless_another_run_took_it(pg_server, monkeypatch):
    import psycopg2

    monkeypatch.setattr(ledger, "_holding", {})  # this test's own holds
    assert ledger.hold_month(pg_server, "2026-01", "this run") is None
    assert ledger.still_holds(pg_server, "2026-01") == (True, "")
    other = psycopg2.connect(ledger.Server.dsn(pg_server))
    other.autocommit = True
    cursor = other.cursor()

    def cut():  # the server ends the connection that holds the month (a restart, a network cut)
        cursor.execute("select pg_terminate_backend(%s)", [ledger._holding["2026-01"][0].raw.get_backend_pid()])

    cut()
    holds, since = ledger.still_holds(pg_server, "2026-01")
    assert (
        holds
        and since.startswith("the connection holding it was lost (")
        and since.endswith("; taken again, no other run had taken it")
    ), since
    cut()
    cursor.execute("select pg_advisory_lock(%s)", [ledger.month_key("2026-01")])
    cursor.execute("update holders set holder = 'the other run' where month = '2026-01'")
    holds, since = ledger.still_holds(pg_server, "2026-01")
    assert not holds and since.endswith(", and another run holds it now (the other run)"), since
    assert ledger.still_holds(pg_server, "2026-01")[0] is False  # looked at again: still the other run's
    cursor.execute("select pg_advisory_unlock(%s)", [ledger.month_key("2026-01")])
    assert ledger.still_holds(pg_server, "2026-01")[0] is True  # let go by the other run: taken again
    other.close()
