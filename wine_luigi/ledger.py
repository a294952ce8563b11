"""The ledger of runs: one row per month, per check, and per merged product of the month.

`[paths] db` is a SQLite file (the embedded default), or a PostgreSQL server (`postgresql://user@host/db`) when
workers on several machines share the months: the same tables and columns, the same statements (standard SQL
with `?` parameters; the server's connection says them in its own parameter style, see Server). A month's rows
are replaced when it is recorded again, never duplicated, in one transaction: a reader sees the month's earlier
rows or its new ones, never a mix. Several workers may record at once (SQLite: WAL journal, and a writer waits
for the lock rather than failing; PostgreSQL: its own transactions)."""

import contextlib
import datetime
import operator
import os
import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeAlias

from wine_luigi.contract import SOURCE_NAMES
from wine_luigi.errors import PipelineError, WriteError, one_line

if TYPE_CHECKING:
    import pandas as pd

Where: TypeAlias = "str | os.PathLike[str]"  # a SQLite file, or a PostgreSQL server's URL
Connection: TypeAlias = "sqlite3.Connection | Server"  # either one takes the statements of this module

RUN_KEY, CHECK_KEY, PRODUCT_KEY = ("month",), ("month", "gate", "check"), ("month", "product_id")
BASE_FIGURES = {"total_revenue": float, "warnings": int}  # the figures no gate's marker gives


def figure_columns() -> dict[str, type]:
    """The month's figures, as columns of `runs`: each gate's (declared with the gate, tasks.GateTask.figures, in
    pipeline order), then the revenue and the number of warnings."""
    from wine_luigi.tasks import gate_figures

    return {**{column: kind for column, (_, _, kind) in gate_figures().items()}, **BASE_FIGURES}


def run_columns() -> dict[str, type]:
    return {
        "month": str,
        "status": str,
        "failed_gate": str,
        "failed_step": str,
        "error": str,
        "started": str,
        "finished": str,
        "duration_s": float,
        **figure_columns(),
        "published": str,
        "archive": str,
        **{f"{s}_{k}": t for s in SOURCE_NAMES for k, t in (("file", str), ("size", int), ("sha256", str))},
    }


CHECK_COLUMNS: dict[str, type] = {
    "month": str,
    "gate": str,
    "check": str,
    "severity": str,
    "claim": str,
    "observed": float,
    "threshold": str,
    "passed": int,
    "message": str,
}
PRODUCT_COLUMNS: dict[str, type] = {
    "month": str,
    "product_id": int,
    "sku": str,
    "title": str,
    "price": float,
    "total_sales": float,
    "sales_product": float,
    "z_score": float,
    "segment": str,
}
STEP_COLUMNS: dict[str, type] = {
    "month": str,
    "task": str,
    "started": str,
    "seconds": float,
    "host": str,
    "worker": str,
}
HOLDER_COLUMNS: dict[str, type] = {"month": str, "holder": str}  # on a server: who holds a month now (see hold_month)
BUSY_TIMEOUT_S = 60  # another worker recording its month holds the write lock for a fraction of a second
STEP_TIMEOUT_S = 2  # a step's timing waits that long for the lock, then is left out


SQL_TYPES = {str: "TEXT", int: "INTEGER", float: "FLOAT"}  # as sqlite-utils names them, whose CLI reads the ledger


def tables(server: bool = False) -> dict[str, tuple[dict[str, type], tuple[str, ...]]]:
    """{name: (columns, primary key)} of the ledger's tables (on a server, also who holds a month now)."""
    found = {
        "runs": (run_columns(), RUN_KEY),
        "checks": (CHECK_COLUMNS, CHECK_KEY),
        "products": (PRODUCT_COLUMNS, PRODUCT_KEY),
        "steps": (STEP_COLUMNS, ()),
    }
    return {**found, "holders": (HOLDER_COLUMNS, ("month",))} if server else found


SERVER_SCHEMES = ("postgresql://", "postgres://", "postgresql+psycopg2://")


def on_server(where: Where) -> bool:
    """The ledger is a PostgreSQL server's database (a URL), not a SQLite file."""
    return str(where).startswith(SERVER_SCHEMES)


def exists(where: Where) -> bool:
    """Anything to read: a SQLite file that is there, or a server (its tables may not be there yet: Empty)."""
    return on_server(where) or Path(where).is_file()


def shown(where: Where) -> str:
    """`where` as a message may show it: a server's URL (or a URL of another kind) without its password."""
    if not on_server(where):
        return re.sub(r"^([a-z][a-z0-9+.-]*://[^/:@]*:)[^/@]*@", r"\1***@", str(where))
    from sqlalchemy.engine import make_url

    return make_url(str(where)).__repr__()  # SQLAlchemy masks the password as ***


class LedgerError(PipelineError):
    """The ledger cannot be read: the month stops with this message (a damaged file, a folder that cannot be read)."""


_locked: set[Any] = set()  # ledgers found locked by another process in this command: not waited for a second time


def locked(error: BaseException) -> bool:
    if isinstance(error, ServerError):
        return "lock timeout" in str(error)
    return isinstance(error, sqlite3.OperationalError) and ("locked" in str(error) or "busy" in str(error))


def connect(path: Where, timeout: float = BUSY_TIMEOUT_S) -> Connection:
    """A connection to the ledger at `path` (rows as sqlite3.Row), its tables created or given the columns this
    version records. Plain sqlite3: importing sqlite-utils costs a run more than all its ledger writes."""
    if on_server(path):
        return Server.connect(str(path), timeout)
    Path(path).parent.mkdir(parents=True, exist_ok=True)
    conn = sqlite3.connect(str(path), timeout=timeout, isolation_level=None)  # transactions are explicit
    conn.row_factory = sqlite3.Row
    if conn.execute("pragma journal_mode").fetchone()[0] != "wal":
        conn.execute("pragma journal_mode = wal")  # readers never block the writer, nor it them
    conn.execute("pragma synchronous = normal")  # with WAL still all or nothing; a sync per checkpoint, not per step
    for name, (columns, key) in tables().items():
        have = {row["name"] for row in conn.execute(f'pragma table_info("{name}")')}
        wanted = [c for c in columns if c not in have]
        if not wanted:
            continue
        with transaction(conn):
            have = {
                row["name"] for row in conn.execute(f'pragma table_info("{name}")')
            }  # another worker may have been first
            if not have:
                definition = ", ".join(f'"{c}" {SQL_TYPES[t]}' for c, t in columns.items())
                primary = ", PRIMARY KEY ({})".format(", ".join(f'"{c}"' for c in key)) if key else ""
                conn.execute(f'create table "{name}" ({definition}{primary})')
            for column in (c for c in columns if c not in have and have):  # a ledger written by an earlier version
                conn.execute(f'alter table "{name}" add column "{column}" {SQL_TYPES[columns[column]]}')
    conn.execute("create index if not exists steps_month on steps (month, started)")
    return conn


@contextlib.contextmanager
def writing(path: Where, what: str, wait: float = BUSY_TIMEOUT_S) -> Iterator[Connection]:
    """A connection in one transaction, for `what` (a phrase: "record 2026-01"); WriteError saying why it cannot
    be done. A ledger another process keeps locked is waited for once (`wait` seconds), not again in this command."""
    if str(path) in _locked:
        raise WriteError(f"{shown(path)}: cannot {what} in the ledger: it is locked by another process (see above)")
    try:
        conn = connect(path, wait)
        try:
            with transaction(conn):
                yield conn
        finally:
            conn.close()
    except (OSError, sqlite3.Error, ServerError) as exc:
        if locked(exc):
            _locked.add(str(path))
            raise WriteError(
                f"{shown(path)}: cannot {what} in the ledger: it is locked by another process (waited {wait:g} s); "
                "a later run records it"
            ) from exc
        raise WriteError(f"{shown(path)}: cannot {what} in the ledger ({exc})") from exc


@contextlib.contextmanager
def reading(path: Where) -> Iterator[Connection]:
    """A connection to read the ledger (which a reader never changes, so never waits for a writer: WAL); a table
    this version adds and the ledger has not yet reads as empty. LedgerError naming the file and the way out when it
    cannot be read."""
    conn: Connection
    try:
        if on_server(path):
            conn = Server.connect(str(path), BUSY_TIMEOUT_S, create=False)
        else:
            conn = file = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S)
            file.row_factory = sqlite3.Row
    except (OSError, sqlite3.Error, ServerError) as exc:
        raise LedgerError(unreadable(path, exc)) from exc
    try:
        yield conn
    except (sqlite3.OperationalError, ServerError) as exc:
        if "no such" not in str(exc) and not getattr(exc, "missing", False):
            raise LedgerError(unreadable(path, exc)) from exc
        raise Empty() from exc
    except sqlite3.Error as exc:
        raise LedgerError(unreadable(path, exc)) from exc
    finally:
        conn.close()


class Empty(Exception):
    """What a reader asked for is not in the ledger yet (a table or column an earlier version did not write)."""


def unreadable(path: Where, error: BaseException) -> str:
    if on_server(path):
        return f"{shown(path)}: the ledger cannot be read ({error}): is the server running and the URL right?"
    return (
        f"{path}: the ledger cannot be read ({error}): move it aside (a new one is started) or put back a copy from a "
        "backup, then run the month again"
    )


def set_archive(path: Where, month: str, archive: str, wait: float = BUSY_TIMEOUT_S) -> None:
    """Say where the month's off-site copy is (its URL), or why it failed ("failed: …")."""
    with writing(path, f"record the copy of {month}", wait) as conn:
        conn.execute("update runs set archive = ? where month = ?", [archive, month])


# path -> (pid, connection, or None once the ledger was found locked): one per process
_step_writers: dict[str, tuple[int, Any]] = {}


def record_step(path: Where, row: dict[str, Any]) -> bool:
    """Add one step's timing ({month, task, started, seconds, host, worker}) to the `steps` table; a step's
    history is kept across runs. It runs after every step: one connection per process serves them all. A ledger
    locked by another process is waited for STEP_TIMEOUT_S once; after that, or after any other error (a server that
    stopped answering), the timings of the process's later steps are left out (a timing is not worth a minute per
    step, nor a line per step in the log). Returns False when the timing was not recorded."""
    pid = os.getpid()
    writer = _step_writers.get(str(path))
    if writer is not None and writer[0] == pid and writer[1] is None:
        return False
    try:
        if writer is None or writer[0] != pid:  # a forked worker opens its own
            writer = _step_writers[str(path)] = (pid, connect(path, STEP_TIMEOUT_S))
            if on_server(path):
                # as the SQLite file's `synchronous = normal`: a timing's commit does not wait for the server's log
                # to reach its disk (a server that crashes may lose its last timings, never a month's record)
                writer[1].execute("set synchronous_commit = off")
        # one statement, all or nothing by itself (autocommit): one round trip to a server per step, where a
        # transaction around a COPY of one row took four
        writer[1].execute(_insert_statement("steps", list(STEP_COLUMNS)), [row[k] for k in STEP_COLUMNS])
    except (OSError, sqlite3.Error, ServerError):
        if writer is not None and writer[0] == pid:  # this process's connection (one it gave up on returned above)
            with contextlib.suppress(Exception):
                writer[1].close()
        _step_writers[str(path)] = (pid, None)
        raise
    return True


def run_history(path: Where, month: str, since: float, months: int = 12) -> dict[str, list[Any]]:
    """What the report says of the run and the months before `month` ('YYYY-MM'):
    {"steps": [(task, seconds)] of this run (steps started at `since` or later), slowest first,
     "months": [runs rows of the `months` previous months that succeeded, oldest first]}."""
    nothing: dict[str, list[Any]] = {"steps": [], "months": []}
    if not exists(path):
        return nothing
    try:
        with reading(path) as conn:
            steps = conn.execute(
                "select task, seconds from steps where month = ? and started >= ? order by seconds desc",
                [month, iso_time(since)],
            ).fetchall()
            rows = conn.execute(
                "select * from runs where month < ? and status = 'ok' order by month desc limit ?", [month, months]
            ).fetchall()
            return {"steps": [tuple(s) for s in steps], "months": [dict(r) for r in rows[::-1]]}
    except Empty:
        return nothing


class transaction:
    """BEGIN IMMEDIATE … COMMIT, or ROLLBACK when anything in between fails: all of it or nothing."""

    def __init__(self, conn: Connection) -> None:
        self.conn = conn

    def __enter__(self) -> Connection:
        self.conn.execute("begin immediate")  # takes the write lock now, waiting for it up to the busy timeout
        return self.conn

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, traceback: Any) -> None:
        self.conn.execute("commit" if kind is None else "rollback")


def file_facts(source: str, path: object, fingerprint: dict[str, Any] | None) -> dict[str, Any]:
    """Name, size and sha256 of an input file (its fingerprint, freshness.py), as ledger columns."""
    if fingerprint is None:
        return {f"{source}_file": str(path)}
    return {
        f"{source}_file": str(path),
        f"{source}_size": fingerprint["stat"][0],
        f"{source}_sha256": fingerprint["sha256"],
    }


def run_of(path: Where, month: str) -> dict[str, Any] | None:
    """The `runs` row of `month` ('YYYY-MM'), or None; read without changing the ledger."""
    if not exists(path):
        return None
    try:
        with reading(path) as conn:
            row = conn.execute("select * from runs where month = ?", [month]).fetchone()
    except Empty:
        return None
    return dict(row) if row else None


def iso_time(timestamp: float | None) -> str | None:
    return (
        None
        if timestamp is None
        else datetime.datetime.fromtimestamp(timestamp, datetime.timezone.utc).isoformat(timespec="seconds")
    )


def run_row(
    month: str,
    status: str,
    started: float,
    finished: float,
    figures: dict[str, Any],
    files: dict[str, dict[str, Any]],
    published: float | None = None,
    failure: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """The `runs` row of one attempt at a month: its own figures (None where not computed), its input files
    ({source: file_facts})."""
    failure = failure or {}
    return {
        "month": month,
        "status": status,
        "failed_gate": failure.get("gate"),
        "failed_step": failure.get("step"),
        "error": failure.get("error"),
        "started": iso_time(started),
        "finished": iso_time(finished),
        "duration_s": round(finished - started, 3),
        **{k: figures.get(k) for k in figure_columns()},
        "published": iso_time(published),
        **{k: v for facts in files.values() for k, v in facts.items()},
    }


def check_rows(month: str, gates_and_checks: Iterable[tuple[str, list[dict[str, Any]]]]) -> list[dict[str, Any]]:
    """Ledger rows of every check of the given gates: [(gate, [check dict, ...]), ...]; a later row of the same
    check replaces an earlier one. `message` says what is wrong, so only a check that did not pass has one."""
    rows = {}
    for gate, checks in gates_and_checks:
        for c in checks:
            rows[gate, c["name"]] = {
                "month": month,
                "gate": gate,
                "check": c["name"],
                "severity": c["severity"],
                "claim": c.get("claim"),
                "observed": c["observed"],
                "threshold": str(c["threshold"]),
                "passed": int(bool(c["passed"])),
                "message": None if c["passed"] else c["message"],
            }
    return list(rows.values())


def product_rows(month: str, scored: "pd.DataFrame") -> list[tuple[Any, ...]]:
    """One tuple per merged product, in PRODUCT_COLUMNS order (empty cells as None)."""
    import numpy as np
    import pyarrow as pa

    table = scored.rename(columns={"post_title": "title"}).assign(month=month)[list(PRODUCT_COLUMNS)]
    columns = []
    for name in table.columns:  # column by column: numbers straight from numpy, the rest through Arrow (null -> None)
        values = table[name]
        if isinstance(values.dtype, np.dtype) and values.dtype.kind in "fi":
            cells = values.to_numpy().tolist()
            columns.append([None if cell != cell else cell for cell in cells] if values.isna().any() else cells)
        else:
            columns.append(pa.array(values, from_pandas=True).to_pylist())
    return list(zip(*columns))


def _insert_statement(table: str, columns: list[str]) -> str:
    names = ", ".join(f'"{c}"' for c in columns)
    return f'insert into "{table}" ({names}) values ({", ".join("?" * len(columns))})'


def _insert(conn: Connection, table: str, columns: list[str], rows: Sequence[Sequence[object]]) -> None:
    conn.executemany(_insert_statement(table, columns), rows)


def record(
    path: Where,
    run: dict[str, Any],
    checks: list[dict[str, Any]],
    products: Sequence[Sequence[object]] = (),
    wait: float = BUSY_TIMEOUT_S,
) -> None:
    """Replace the month's rows with these, in one transaction (all of them or none)."""
    with writing(path, f"record {run['month']}", wait) as conn:
        for table in ("runs", "checks", "products"):
            conn.execute(f'delete from "{table}" where month = ?', [run["month"]])
        _insert(conn, "runs", list(run), [tuple(run.values())])
        _insert(conn, "checks", list(CHECK_COLUMNS), [tuple(c[k] for k in CHECK_COLUMNS) for c in checks])
        # tens of thousands of rows: one prepared statement
        _insert(conn, "products", list(PRODUCT_COLUMNS), products)


def previous_month(month: str) -> str:
    """'YYYY-MM' of the calendar month before `month` ('YYYY-MM')."""
    import datetime

    from wine_luigi import layout

    year, number = map(int, month.split("-"))
    return layout.month_name(layout.month_before(datetime.date(year, number, 1)))


def previous(path: Where, month: str) -> dict[str, Any]:
    """What the report of `month` compares with: the previous calendar month in the ledger.

    {"month": 'YYYY-MM', "run": its row when it succeeded else None, "segments": {product_id: (segment, title)},
    "why": None, or why there is no comparison (not in the ledger, or its last run failed)}."""
    before = previous_month(month)
    found: dict[str, Any] = {"month": before, "run": None, "segments": {}, "why": f"{before} is not in the ledger"}
    if not exists(path):
        return found
    try:
        with reading(path) as conn:
            row = conn.execute("select * from runs where month = ?", [before]).fetchone()
            if row is None:
                return found
            if row["status"] != "ok":
                return {
                    **found,
                    "why": f"the last run of {before} failed "
                    f"({row['failed_gate'] or row['failed_step'] or 'see the ledger'})",
                }
            products = conn.execute("select product_id, segment, title from products where month = ?", [before])
            return {
                **found,
                "run": dict(row),
                "segments": {r["product_id"]: (r["segment"], r["title"]) for r in products},
                "why": None,
            }
    except Empty:
        return found


# month -> (the server connection that holds its advisory lock for as long as this process lives, what the holder
# said of itself)
_holding: dict[str, tuple[Any, str]] = {}


def month_key(month: str) -> int:
    """The key of `month`'s advisory lock on the ledger's server (a bigint)."""
    import hashlib

    return int.from_bytes(hashlib.sha256(f"wine_luigi {month}".encode()).digest()[:8], "big", signed=True)


def hold_month(where: Where, month: str, holder: str) -> str | None:
    """Hold `month` ('YYYY-MM') on the ledger's server for this process: None when held, else what the run that
    holds it said of itself. A session advisory lock, released by the server when the connection ends."""
    conn = Server.connect(str(where))
    if not conn.execute("select pg_try_advisory_lock(?)", [month_key(month)]).fetchone()[0]:
        row = conn.execute("select holder from holders where month = ?", [month]).fetchone()
        conn.close()
        return row[0] if row else "another machine"
    conn.execute("delete from holders where month = ?", [month])
    conn.execute("insert into holders (month, holder) values (?, ?)", [month, holder])
    _holding[month] = (conn, holder)
    return None


def still_holds(where: Where, month: str) -> tuple[bool, str]:
    """Whether this process still holds `month` on the ledger's server (what hold_month took), and when it did not
    any more (its connection lost: the server restarted, the network cut it, so the server let the month go) what
    happened since, in a phrase: the month taken again, or held by another run (what that run said of itself), or
    the server not answering. (True, "") when it held nothing there."""
    if month not in _holding:
        return True, ""
    conn, holder = _holding[month]
    try:
        conn.execute("select 1")
        return True, ""
    except ServerError as error:
        lost = f"the connection holding it was lost ({error})"
    with contextlib.suppress(Exception):
        conn.close()  # kept as this month's: a later look finds it lost too, and tries again to take the month
    try:
        other = hold_month(where, month, holder)
    except ServerError as error:
        return False, f"{lost}, and the server does not answer ({error})"
    if other is not None:
        return False, f"{lost}, and another run holds it now ({other})"
    return True, f"{lost}; taken again, no other run had taken it"


class ServerError(Exception):
    """What the PostgreSQL server or its driver said (`missing`: a table or column not there yet)."""

    def __init__(self, error: object, missing: bool = False) -> None:
        super().__init__(one_line(error))
        self.missing = missing


_ESCAPED = str.maketrans({"\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r"})


def _copied(cell: object) -> str:
    """A cell as PostgreSQL's COPY (text format) reads it back exactly: None as \\N, a float by its repr, text with
    its backslashes, tabs and line breaks escaped."""
    if cell is None:
        return "\\N"
    if isinstance(cell, float):
        return float.__repr__(cell)  # numpy's float64 is a float, whose own repr says np.float64(…)
    if isinstance(cell, str):
        return cell.translate(_ESCAPED)
    return str(cell)


def _copied_column(cells: Sequence[object]) -> list[str]:
    """_copied() of each cell of one column; a column of one type (and None) is said without a test per cell."""
    kinds = {type(cell) for cell in cells} - {type(None)}
    say: Callable[[Any], str] = _copied
    if kinds == {str}:  # translate() looks up each character: only for a column that has one to escape
        text = "".join(cell for cell in cells if cell is not None)  # type: ignore[misc]
        say = operator.methodcaller("translate", _ESCAPED) if any(c in text for c in "\\\t\n\r") else str
    elif len(kinds) == 1:
        said_as: dict[type, Callable[[Any], str]] = {float: repr, int: str}
        say = said_as.get(kinds.pop(), _copied)
    return [r"\N" if cell is None else say(cell) for cell in cells]


def copy_text(rows: Sequence[Sequence[object]]) -> str:
    """The rows as COPY's text format reads them: a line each, tab-separated, built column by column (a third of
    the time of a call per cell, for a month's products)."""
    if not rows:
        return ""
    columns = [_copied_column(column) for column in zip(*rows)]
    return "\n".join(map("\t".join, zip(*columns))) + "\n"


COPY_ROWS = 1000  # rows said at a time to COPY: about 100 kB, which a socket's buffer takes without waiting


class CopyStream:
    """The rows as COPY's text format, said COPY_ROWS at a time as the driver reads them (psycopg2's copy_expert
    calls read() until it gets ""): the server reads one piece while the next is being said, where the whole
    text said first made each wait for the other (half the time for a month's 80,000 products)."""

    def __init__(self, rows: Sequence[Sequence[object]]) -> None:
        self.rows, self.at = rows, 0

    def read(self, size: int = -1) -> str:
        piece = self.rows[self.at : self.at + COPY_ROWS]
        self.at += len(piece)
        return copy_text(piece)


class Server:
    """A connection to the ledger on a PostgreSQL server that takes the SQLite statements of this module.

    The tables are declared once, with SQLAlchemy Core, from tables(): created when missing, and given the columns
    a later version records (SQLAlchemy says the types in the server's dialect); it is imported only then, the
    connections themselves are psycopg2's. Statements keep standard SQL with `?` parameters, which this connection
    says as psycopg2's `%s`. Autocommit, so that "begin … commit" (transaction) is a transaction exactly as in
    SQLite. Inserts of many rows go as one multi-row statement per page (psycopg2's execute_values)."""

    _ready: set[str] = set()  # ledgers whose tables this process found complete

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    @staticmethod
    def dsn(url: str) -> str:
        """The URL as libpq takes it (SQLAlchemy's "postgresql+psycopg2://" names the driver too)."""
        return "postgresql://" + url.split("://", 1)[1]

    @classmethod
    def connect(cls, url: str, timeout: float = BUSY_TIMEOUT_S, create: bool = True) -> "Server":
        import psycopg2

        try:
            raw = psycopg2.connect(cls.dsn(url))
        except psycopg2.Error as error:
            raise ServerError(error) from error
        raw.autocommit = True
        conn = cls(raw)
        conn.execute("set lock_timeout = ?", [f"{int(timeout * 1000)}ms"])
        if create and url not in cls._ready:
            if conn.missing():
                try:
                    cls.create_tables(url, conn.missing())
                except Exception as error:  # SQLAlchemy's, psycopg2's: said as the server's
                    raise ServerError(getattr(error, "orig", None) or error) from error
            cls._ready.add(url)
        return conn

    def missing(self) -> dict[str, list[str]]:
        """{table: [columns]} of the tables and columns this version records that the server's ledger lacks."""
        rows = self.execute(
            "select table_name, column_name from information_schema.columns where table_schema = current_schema()"
        ).fetchall()
        have: dict[str, set[str]] = {}
        for table, column in rows:
            have.setdefault(table, set()).add(column)
        return {
            name: [c for c in columns if c not in have.get(name, set())]
            for name, (columns, _) in tables(server=True).items()
            if not have.get(name) or any(c not in have[name] for c in columns)
        }

    @staticmethod
    def create_tables(url: str, missing: dict[str, list[str]]) -> None:
        import sqlalchemy

        engine = sqlalchemy.create_engine(url, poolclass=sqlalchemy.pool.NullPool)
        types = {str: sqlalchemy.Text, int: sqlalchemy.BigInteger, float: sqlalchemy.Float}
        metadata = sqlalchemy.MetaData()
        for name, (columns, key) in tables(server=True).items():
            sqlalchemy.Table(
                name, metadata, *(sqlalchemy.Column(c, types[t], primary_key=c in key) for c, t in columns.items())
            )
        sqlalchemy.Index("steps_month", metadata.tables["steps"].c.month, metadata.tables["steps"].c.started)
        for attempt in (1, 2):  # two workers creating them at once: the second finds them there
            try:
                metadata.create_all(engine, checkfirst=True)
                break
            except sqlalchemy.exc.SQLAlchemyError:
                if attempt == 2:
                    raise
        with engine.begin() as conn:  # columns of a later version, added to tables an earlier one created
            inspector = sqlalchemy.inspect(conn)
            for name, table in metadata.tables.items():
                have = {c["name"] for c in inspector.get_columns(name)}
                for column in table.columns:
                    if column.name not in have:
                        kind = column.type.compile(dialect=engine.dialect)
                        conn.execute(
                            sqlalchemy.text(f'alter table "{name}" add column if not exists "{column.name}" {kind}')
                        )
        engine.dispose()

    def execute(self, sql: str, params: Iterable[object] = ()) -> Any:
        import psycopg2
        import psycopg2.extras

        try:
            cursor = self.raw.cursor(cursor_factory=psycopg2.extras.DictCursor)  # a connection the server closed: here
            cursor.execute(self.said(sql), list(params))
        except psycopg2.Error as error:
            missing = isinstance(error, (psycopg2.errors.UndefinedTable, psycopg2.errors.UndefinedColumn))
            raise ServerError(error, missing) from error
        return cursor

    def executemany(self, sql: str, rows: Sequence[Sequence[object]]) -> None:
        """An insert of many rows: one COPY, said a piece at a time (CopyStream; psycopg2's execute_values formats
        each row in Python, a tenth of a second for a month's products)."""
        import psycopg2

        head, _, _ = self.said(sql).partition(" values (")
        table_and_columns = head.removeprefix("insert into ")
        try:
            with self.raw.cursor() as cursor:
                cursor.copy_expert(f"copy {table_and_columns} from stdin", CopyStream(rows))
        except psycopg2.Error as error:
            raise ServerError(error) from error

    @staticmethod
    def said(sql: str) -> str:
        """A statement of this module in psycopg2's parameter style (none of them holds a literal ? or %)."""
        return sql.replace("%", "%%").replace("?", "%s").replace("begin immediate", "begin")

    def close(self) -> None:
        self.raw.close()
