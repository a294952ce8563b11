import os
import socket
import subprocess
import sys
from pathlib import Path

import luigi
import pandas as pd
import pytest

from wine_luigi.demo import demo_frames
from wine_luigi.export import write_xlsx
from wine_luigi.extract import canonical_text

ROOT = Path(__file__).resolve().parents[1]
BOTTLENECK = ROOT.parent / "shared" / "data" / "bottleneck"
LUIGI = Path(sys.executable).with_name("luigi")
FILES = {"erp": "Fichier_erp.xlsx", "web": "Fichier_web.xlsx", "link": "fichier_liaison.xlsx"}
DELIVERABLES = ["sales_product.xlsx", "premium.csv", "ordinary.csv", "rejects.csv", "report.html"]


def write_sources(folder, frames=None, products=120, seed=1):
    """The three workbooks in `folder`: the demo's, or the given {source: frame} replacing some of them."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    demo = dict(zip(("erp", "web", "link"), demo_frames(products, seed)))
    for name, frame in {**demo, **(frames or {})}.items():
        with open(folder / FILES[name], "wb") as f:
            write_xlsx(frame, f, sheet="Feuil1")
    return folder


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def luigi_command(cwd, *args, env=None, local=True):
    """argv and environment of the real `luigi` command, run in `cwd` with the project's luigi.cfg."""
    (Path(cwd) / "data").mkdir(exist_ok=True)  # like the project root: lock files go to data/lock
    environ = {**os.environ, "LUIGI_CONFIG_PATH": str(ROOT / "luigi.cfg"), **(env or {})}
    return [str(LUIGI), "--module", "wine_luigi", *args] + (["--local-scheduler"] if local else []), environ


def run_luigi(cwd, *args, env=None, local=True, timeout=180):
    """The real `luigi` command, as cron or a user runs it."""
    command, environ = luigi_command(cwd, *args, env=env, local=local)
    return subprocess.run(command, cwd=cwd, env=environ, capture_output=True, text=True, timeout=timeout)


@pytest.fixture
def project(tmp_path):
    """A working folder laid out like the project's data/ folder, and in-process config pointing at it."""
    config = luigi.configuration.get_config()
    settings = {"sources": "data/sources", "tmp": "data/tmp", "output": "data/output", "db": "data/wine_luigi.db"}
    if not config.has_section("paths"):
        config.add_section("paths")
    saved = {k: config.get("paths", k, None) for k in settings}
    for key, value in settings.items():
        config.set("paths", key, str(tmp_path / value))
    yield tmp_path
    for key, value in saved.items():
        if value is None:
            config.remove_option("paths", key)
        else:
            config.set("paths", key, value)


def build(*tasks, workers=1):
    return luigi.build(list(tasks), local_scheduler=True, detailed_summary=True, workers=workers, log_level="WARNING")


def listing(folder):
    """{relative path: bytes} of every file under folder."""
    folder = Path(folder)
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def text(values):
    return pd.Series(values, dtype="string")


def frame(rows, columns):
    """Rows as extraction stores them: canonical text, sheet row numbers."""
    df = pd.DataFrame(rows, columns=columns, dtype=object)
    return df.apply(canonical_text).assign(row=range(2, len(df) + 2))


def erp(rows):
    return frame(rows, ["product_id", "onsale_web", "price", "stock_quantity", "stock_status"])


def web(rows):
    return frame(rows, ["sku", "total_sales", "post_title", "post_type"])


def link(rows):
    return frame(rows, ["product_id", "id_web"])
