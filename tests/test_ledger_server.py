"""The ledger on a PostgreSQL server holds what the SQLite file holds, cell for cell."""

import pytest

from wine_luigi import ledger

TRICKY = [  # text a month's titles may hold, empty cells, floats that must come back exact
    ("2026-01", 1, "A-1", "Château \\ d'Yquem\t1er cru\nmagnum", 12.3, 4.0, 49.2, 2.0000000000000004, "premium"),
    ("2026-01", 2, "", "", 0.1 + 0.2, 0.0, 0.0, -1.5, "ordinary"),
    ("2026-01", 3, None, "\\N", 1e-300, None, None, None, None),
    ("2026-01", 2**62, "B\r2", 'quote " and ; semicolon', 1e20, 1.0, 1e20, 0.0, "ordinary"),
]


@pytest.mark.slow
def test_a_months_products_read_back_from_postgresql_as_from_sqlite(tmp_path, pg_server):
    def stored(where):
        with ledger.writing(where, "record 2026-01") as conn:
            ledger._insert(conn, "products", list(ledger.PRODUCT_COLUMNS), TRICKY)
        with ledger.reading(where) as conn:
            return [tuple(r) for r in conn.execute("select * from products order by product_id").fetchall()]

    in_file, on_server = stored(tmp_path / "ledger.db"), stored(pg_server)
    assert in_file == on_server == sorted(TRICKY, key=lambda row: row[1])
