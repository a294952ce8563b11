"""A wine_luigi whose hold on its month in the ledger's server is lost as the month is about to be published: the
server ends the connection that held it, as a restart or a network cut would. With LOST_HOLD=taken, another run
on another machine takes the month meanwhile."""

import os

import psycopg2

from wine_luigi import layout, ledger
from wine_luigi.tasks import PublishMonth

OTHER = "pid 4242 on shop-worker-2 since 2026-12-03 06:00:00: luigi --module wine_luigi RunMonthly --date 2026-01-15"
_run, _other = PublishMonth.run, []


def run(self):
    name, dsn = layout.month_name(self.month), ledger.Server.dsn(str(layout.db_path()))
    holding, _ = ledger._holding[name]
    admin = psycopg2.connect(dsn)
    admin.autocommit = True
    admin.cursor().execute("select pg_terminate_backend(%s)", [holding.raw.get_backend_pid()])
    if os.environ.get("LOST_HOLD") == "taken":
        cursor = admin.cursor()
        cursor.execute("select pg_advisory_lock(%s)", [ledger.month_key(name)])
        cursor.execute("delete from holders where month = %s", [name])
        cursor.execute("insert into holders (month, holder) values (%s, %s)", [name, OTHER])
        _other.append(admin)  # held as long as this process lives, like the other run's
    else:
        admin.close()
    return _run(self)


PublishMonth.run = run
