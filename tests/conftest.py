"""The tests' fixtures: a project folder, and real servers on loopback (SMTP, luigid, S3, PostgreSQL), each
started for a test and stopped after it. What the tests share besides fixtures is in helpers.py."""

import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import luigi
import pytest
from aiosmtpd.controller import Controller

from helpers import ROOT, Inbox, Luigid, S3Server, free_port


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


@pytest.fixture
def pg_server():
    """A PostgreSQL server started for the test in a folder of its own (its socket there), stopped at the end;
    yields its URL."""

    import pgserver
    import psutil

    folder = tempfile.mkdtemp(prefix="wl-pg-")  # short: a socket's path has at most 107 characters
    server = pgserver.get_server(folder, cleanup_mode="stop")
    try:
        yield server.get_uri()
    finally:
        try:
            server.cleanup()
        except psutil.NoSuchProcess:  # a server the test stopped exited between pgserver's look and its signal
            pass
        shutil.rmtree(folder, ignore_errors=True)
