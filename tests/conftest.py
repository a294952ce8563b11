import email
import email.policy
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import luigi
import pandas as pd
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult

from wine_luigi.demo import demo_frames
from wine_luigi.export import write_xlsx
from wine_luigi.raw_frame import canonical_text

ROOT = Path(__file__).resolve().parents[1]
BOTTLENECK = ROOT / "tests" / "data" / "bottleneck"  # the shop's real exports, unchanged
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


def project_config(folder):
    """`folder` set up as a project: a copy of the shipped luigi.cfg in it (its relative paths are relative to it)."""
    config = Path(folder) / "luigi.cfg"
    if not config.exists():
        config.write_text((ROOT / "luigi.cfg").read_text())
    return config


def luigi_command(cwd, *args, env=None, local=True):
    """argv and environment of the real `luigi` command, run in `cwd` with the project's luigi.cfg copied there
    (unless `env` names another configuration file)."""
    environ = {**os.environ, **(env or {})}
    if "LUIGI_CONFIG_PATH" not in (env or {}):
        environ["LUIGI_CONFIG_PATH"] = str(project_config(cwd))
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


# --- a real SMTP server on a loopback port ---------------------------------------------------------


class Inbox:
    def __init__(self):
        self.messages, self.logins = [], []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.messages.append(email.message_from_bytes(envelope.content, policy=email.policy.default))
        return "250 OK"

    def __call__(self, server, session, envelope, mechanism, auth_data):  # the authenticator
        self.logins.append((auth_data.login.decode(), auth_data.password.decode()))
        return AuthResult(success=auth_data.password == b"s3cr3t-Pa55")


@pytest.fixture
def inbox():
    box = Inbox()
    controller = Controller(box, hostname="127.0.0.1", port=free_port())
    controller.start()
    box.port = controller.port
    yield box
    controller.stop()


@pytest.fixture
def auth_inbox():
    box = Inbox()
    controller = Controller(
        box, hostname="127.0.0.1", port=free_port(), authenticator=box, auth_required=True, auth_require_tls=False
    )
    controller.start()
    box.port = controller.port
    yield box
    controller.stop()


def user_config(tmp_path, port, success=False, password=False):
    """The shipped luigi.cfg with the few lines a user sets to get emails."""
    text = (ROOT / "luigi.cfg").read_text()
    text = text.replace("# receiver = finance@bottleneck.example", "receiver = finance@bottleneck.example")
    text = text.replace("host = localhost\nport = 25", f"host = 127.0.0.1\nport = {port}")
    if password:
        text = text.replace("# username = wine_luigi@bottleneck.example", "username = wine_luigi@bottleneck.example")
        text = text.replace("# password = ${SMTP_PASSWORD}", "password = ${SMTP_PASSWORD}")
    if success:
        text = text.replace("success_email = false", "success_email = true")
    path = tmp_path / "user.cfg"
    path.write_text(text)
    return {"LUIGI_CONFIG_PATH": str(path)}


def parts(message):
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    return text, html


# --- a real luigid on a loopback port, started and stopped as the README says (make luigid) ---------


class Luigid:
    def __init__(self, port, state):
        self.port, self.state = port, state

    def api(self, method, **data):
        query = urllib.parse.urlencode({"data": json.dumps(data)})
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/{method}?{query}", timeout=5) as response:
            return json.load(response)["response"]


@pytest.fixture
def luigid(tmp_path):
    server = Luigid(free_port(), tmp_path / "luigid")
    settings = [f"LUIGID_PORT={server.port}", f"LUIGID_DIR={server.state}"]
    started = subprocess.run(
        ["make", "-s", "-C", str(ROOT), "luigid", *settings], capture_output=True, text=True, timeout=120
    )
    assert started.returncode == 0, started.stderr
    try:
        deadline = time.time() + 20
        while True:
            try:
                server.api("task_list", status="DONE", upstream_status="", search="")
                break
            except OSError:
                if time.time() > deadline:
                    raise
                time.sleep(0.2)
        yield server
    finally:
        subprocess.run(["make", "-s", "-C", str(ROOT), "luigid-stop", *settings], timeout=30)
    with pytest.raises(OSError):
        server.api("task_list", status="DONE")


# --- a real S3 API (moto's server) on a loopback port --------------------------------------------


class S3Server:
    def __init__(self, port):
        self.port, self.url = port, f"http://127.0.0.1:{port}"
        self.environment = {
            "AWS_ACCESS_KEY_ID": "wine-luigi-test-key",
            "AWS_SECRET_ACCESS_KEY": "s3cr3t-aws-k3y",
            "AWS_DEFAULT_REGION": "eu-west-3",
        }

    def client(self):
        import boto3

        return boto3.client(
            "s3",
            endpoint_url=self.url,
            region_name="eu-west-3",
            aws_access_key_id=self.environment["AWS_ACCESS_KEY_ID"],
            aws_secret_access_key=self.environment["AWS_SECRET_ACCESS_KEY"],
        )


@pytest.fixture
def s3_server():
    server = S3Server(free_port())
    process = subprocess.Popen(
        [str(Path(sys.executable).with_name("moto_server")), "-H", "127.0.0.1", "-p", str(server.port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.time() + 30
        while True:
            try:
                socket.create_connection(("127.0.0.1", server.port), timeout=1).close()
                break
            except OSError:
                assert process.poll() is None and time.time() < deadline, "moto_server did not start"
                time.sleep(0.1)
        yield server
    finally:
        process.terminate()
        process.wait(10)


# --- a real PostgreSQL server (the pgserver package's binaries) on a socket of its own ------------


@pytest.fixture
def pg_server():
    """A PostgreSQL server started for the test in a folder of its own (its socket there), stopped at the end;
    yields its URL."""
    import shutil
    import tempfile

    import pgserver

    folder = tempfile.mkdtemp(prefix="wl-pg-")  # short: a socket's path has at most 107 characters
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        server.cleanup()
        shutil.rmtree(folder, ignore_errors=True)
