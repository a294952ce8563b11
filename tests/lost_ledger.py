"""A wine_luigi whose ledger server stops in the middle of a month: as the sales gate starts, the PostgreSQL server
whose folder LOST_LEDGER names is shut down (its connections closed, its socket gone)."""

import os
import signal
import time
from pathlib import Path

from wine_luigi.tasks import ValidateSales

_run = ValidateSales.run


def run(self):
    folder = Path(os.environ["LOST_LEDGER"])
    os.kill(int((folder / "postmaster.pid").read_text().split()[0]), signal.SIGINT)  # PostgreSQL's fast shutdown
    deadline = time.time() + 30
    while (folder / "postmaster.pid").exists() and time.time() < deadline:
        time.sleep(0.05)
    return _run(self)


ValidateSales.run = run
