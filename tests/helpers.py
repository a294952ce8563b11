"""What the tests share besides fixtures (conftest.py): paths, exports written for a test, the real `luigi`
command, small frames, and the servers' clients."""

import email
import email.policy
import json
import os
import re
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
from aiosmtpd.smtp import AuthResult

from wine_luigi.demo import demo_frames
from wine_luigi.export import write_xlsx
from wine_luigi.raw_frame import canonical_text

ROOT = Path(__file__).resolve().parents[1]
BOTTLENECK = ROOT / "tests" / "data" / "bottleneck"  # the shop's real exports, unchanged
LUIGI = Path(sys.executable).with_name("luigi")
FILES = {"erp": "Fichier_erp.xlsx", "web": "Fichier_web.xlsx", "link": "fichier_liaison.xlsx"}
BRANCH = ("ExtractSource", "ValidateLoad", "CleanSource", "ValidateSource")  # a source's steps, before the merge
AFTER_MERGE = (
    "MergeSources",
    "ValidateMerge",
    "ValidateSales",
    "ComputeSales",
    "ScoreProducts",
    "ValidateZScore",
    "ExportSalesXlsx",
    "ExportPremiumCsv",
    "ExportOrdinaryCsv",
    "ExportRejects",
    "ReportMonth",
    "PublishMonth",
    "RecordMonth",
)


def rebuilt_for(source, month="2026-01"):
    """The steps a changed export of `source` builds again: its branch and every step after the merge."""
    return [f"{t}(month={month}, source={source})" for t in BRANCH] + [f"{t}(month={month})" for t in AFTER_MERGE]


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


def wait_for(path, process, timeout=60, poll=0.01):
    """Until the file `path` appears, while `process` (a Popen) runs; looked for every `poll` seconds."""
    deadline = time.time() + timeout
    while not path.exists():
        assert process.poll() is None, f"the run ended before {path} appeared"
        assert time.time() < deadline, f"{path} never appeared"
        time.sleep(poll)


def held_run(cwd, hold, *args, env=None, local=True):
    """The real `luigi` command for January 2026 started in `cwd`, its merge gate held while the file `hold` exists
    (holding.py): returned (its Popen, stdout and stderr together) once the gate is reached. The caller removes
    `hold` to let it go on."""
    hold.touch()
    command, environ = luigi_command(
        cwd,
        "--module",
        "holding",
        "RunMonthly",
        "--date",
        "2026-01-15",
        *args,
        env={**(env or {}), "PYTHONPATH": str(ROOT / "tests"), "WINE_LUIGI_HOLD": str(hold)},
        local=local,
    )
    process = subprocess.Popen(
        command, cwd=cwd, env=environ, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
    )
    try:
        wait_for(Path(f"{hold}.reached"), process)
    except BaseException:
        hold.unlink(missing_ok=True)
        process.kill()
        raise
    return process


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


def email_to(inbox):
    """The options of a command that emails its failures to `inbox`."""
    return [
        "--email-receiver",
        "finance@bottleneck.example",
        "--smtp-host",
        "127.0.0.1",
        "--smtp-port",
        str(inbox.port),
    ]


# --- a real luigid on a loopback port, started and stopped as the README says (make luigid) ---------


class Luigid:
    def __init__(self, port, state):
        self.port, self.state = port, state

    def api(self, method, **data):
        query = urllib.parse.urlencode({"data": json.dumps(data)})
        with urllib.request.urlopen(f"http://127.0.0.1:{self.port}/api/{method}?{query}", timeout=5) as response:
            return json.load(response)["response"]


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


# --- months on S3: a test's machine (its own folder and luigi.cfg), the bucket of the S3 server ---
# (the PostgreSQL server of the tests is conftest.py's pg_server)

BUCKET = "bottleneck"
MONTHS = ["2026-01", "2026-02", "2026-03", "2026-04"]


def machine(folder, s3, db, extra=""):
    """`folder` set up as one machine: its own luigi.cfg (months on S3, the ledger `db`), its own data/ (locks,
    the working copy of the bucket)."""
    text = (ROOT / "luigi.cfg").read_text()
    for option, value in {
        "sources": f"s3://{BUCKET}/sources",
        "tmp": f"s3://{BUCKET}/tmp",
        "output": f"s3://{BUCKET}/output",
        "db": db,
    }.items():
        text = re.sub(rf"^{option} = .*$", f"{option} = {value}", text, count=1, flags=re.M)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "luigi.cfg").write_text(text + f"\n[s3]\nendpoint_url = {s3.url}\nregion_name = eu-west-3\n{extra}")
    return folder


def bucket_with_exports(s3, months=MONTHS):
    client = s3.client()
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-west-3"})
    for month in months:
        for name in FILES.values():
            client.upload_file(str(BOTTLENECK / name), BUCKET, f"sources/{month}/{name}")
    return client


def on_s3(folder, s3):
    """The environment of a command on the machine `folder` (its luigi.cfg) with the S3 server's credentials."""
    return {**s3.environment, "LUIGI_CONFIG_PATH": str(folder / "luigi.cfg")}
