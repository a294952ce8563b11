"""Failure and success emails, received by a real SMTP server on a loopback port."""

from html import unescape

import pandas as pd
import pytest

from helpers import FILES, ROOT, free_port, parts, run_luigi, user_config, write_sources
from wine_luigi.command.end_of_run import failure_subject
from wine_luigi.templating import render


def conflicting_erp():
    from wine_luigi.demo import demo_frames

    erp = demo_frames(120, 1)[0]
    return {"erp": pd.concat([erp, erp.iloc[[4]].assign(price=999.0)])}, int(erp.iloc[4]["product_id"])


@pytest.mark.slow
def test_a_failed_month_sends_one_email_naming_gate_keys_and_rerun(tmp_path, inbox):
    frames, key = conflicting_erp()
    write_sources(tmp_path / "data/sources", frames)
    done = run_luigi(
        tmp_path, "RunMonthly", "--date", "2026-01-15", "--workers", "3", env=user_config(tmp_path, inbox.port)
    )
    assert done.returncode == 30
    assert len(inbox.messages) == 1, done.stderr
    message = inbox.messages[0]
    assert message["Subject"] == "[wine_luigi] wine_luigi 2026-01 stopped: gate quality_erp failed"
    assert message["To"] == "finance@bottleneck.example"
    text, html = parts(message)
    assert "&amp;&amp; " in html  # the rerun command, escaped
    for body in (text, unescape(html)):
        assert "2026-01" in body
        assert "quality_erp" in body and "erp_product_id_unique" in body
        assert str(key) in body
        assert f"cd {tmp_path} && " in body and "RunMonthly --date 2026-01-15 --workers 3 --local-scheduler" in body
        assert "Traceback" not in body
        assert "data/tmp/2026-01/rejects.csv" in body
    assert "web_rows_without_sku_have_no_title" in text  # a warning of a gate that passed
    assert "email sent to finance@bottleneck.example" in done.stderr
    assert (tmp_path / "data/tmp/2026-01/rejects.csv").exists()


@pytest.mark.slow
def test_a_retried_read_failure_still_sends_one_email(tmp_path, inbox):
    folder = write_sources(tmp_path / "data/sources")
    (folder / FILES["erp"]).write_bytes(b"")
    done = run_luigi(
        tmp_path,
        "RunMonthly",
        "--date",
        "2026-01-15",
        "--scheduler-retry-delay",
        "0.5",
        env=user_config(tmp_path, inbox.port),
    )
    assert done.returncode == 30
    assert done.stderr.count("running   ExtractSource(month=2026-01, source=erp)") == 1  # read again inside the step
    assert "Fichier_erp.xlsx: the file is empty (0 bytes); reading again in 0.5 s (2 more attempt(s))" in done.stderr
    assert "Fichier_erp.xlsx: the file is empty (0 bytes); reading again in 0.5 s (1 more attempt(s))" in done.stderr
    assert len(inbox.messages) == 1
    text, _ = parts(inbox.messages[0])
    assert "Fichier_erp.xlsx: the file is empty (0 bytes)" in text


@pytest.mark.slow
def test_a_missing_file_is_named_in_the_email(tmp_path, inbox):
    folder = write_sources(tmp_path / "data/sources")
    (folder / FILES["link"]).unlink()
    done = run_luigi(
        tmp_path,
        "RunMonthly",
        "--date",
        "2026-01-15",
        "--scheduler-retry-delay",
        "0.5",
        env=user_config(tmp_path, inbox.port),
    )
    assert done.returncode == 30
    assert [m["Subject"] for m in inbox.messages] == [
        "[wine_luigi] wine_luigi 2026-01 stopped: fichier_liaison.xlsx is missing"
    ]
    assert f"Missing file: {folder}/fichier_liaison.xlsx" in parts(inbox.messages[0])[0]


@pytest.mark.slow
def test_a_crash_adds_the_traceback(tmp_path, inbox):
    write_sources(tmp_path / "data/sources")
    env = {**user_config(tmp_path, inbox.port), "PYTHONPATH": str(ROOT / "tests")}
    done = run_luigi(tmp_path, "--module", "crashing", "RunMonthly", "--date", "2026-01-15", env=env)
    assert done.returncode == 30
    assert len(inbox.messages) == 1
    text, html = parts(inbox.messages[0])
    assert inbox.messages[0]["Subject"] == "[wine_luigi] wine_luigi 2026-01 stopped at ScoreProducts(month=2026-01)"
    assert "Traceback of ScoreProducts(month=2026-01)" in text
    assert "KeyError: 'no_such_column'" in text and "KeyError" in html


@pytest.mark.slow
def test_success_email_only_when_switched_on(tmp_path, inbox):
    write_sources(tmp_path / "data/sources/2026-01")
    write_sources(tmp_path / "data/sources/2026-02", seed=2)
    off = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", env=user_config(tmp_path, inbox.port))
    assert off.returncode == 0 and inbox.messages == []

    on = run_luigi(tmp_path, "RunMonthly", "--date", "2026-02-15", env=user_config(tmp_path, inbox.port, success=True))
    assert on.returncode == 0
    assert len(inbox.messages) == 1
    summary_line = next(line for line in on.stderr.splitlines() if "total revenue:" in line).split(": ", 1)[1]
    text, html = parts(inbox.messages[0])
    assert (
        inbox.messages[0]["Subject"]
        == f"[wine_luigi] wine_luigi 2026-02: {on.stderr.split('merged products: ')[1].split()[0]} products, "
        f"{summary_line}"
    )
    assert f"Total revenue: {summary_line}" in text and summary_line in html
    assert "data/output/2026-02/sales_product.xlsx" in text

    again = run_luigi(
        tmp_path, "RunMonthly", "--date", "2026-02-15", env=user_config(tmp_path, inbox.port, success=True)
    )
    assert again.returncode == 0 and len(inbox.messages) == 1  # nothing ran: nothing to report


@pytest.mark.slow
def test_smtp_down_leaves_the_outcome_unchanged(tmp_path, inbox):
    frames, _ = conflicting_erp()
    write_sources(tmp_path / "data/sources", frames)
    up = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", env=user_config(tmp_path, inbox.port))
    down = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", env=user_config(tmp_path, free_port()))
    assert up.returncode == down.returncode == 30
    assert "gate quality_erp failed" in down.stderr
    assert "ERROR: the email could not be sent to finance@bottleneck.example through 127.0.0.1:" in down.stderr


@pytest.mark.slow
def test_the_password_comes_from_the_environment_and_is_never_logged(tmp_path, auth_inbox):
    write_sources(tmp_path / "data/sources")
    env = {**user_config(tmp_path, auth_inbox.port, success=True, password=True), "SMTP_PASSWORD": "s3cr3t-Pa55"}
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", env=env)
    assert done.returncode == 0
    assert auth_inbox.logins == [("wine_luigi@bottleneck.example", "s3cr3t-Pa55")]
    assert len(auth_inbox.messages) == 1
    assert "s3cr3t-Pa55" not in done.stderr + done.stdout
    assert "s3cr3t-Pa55" not in auth_inbox.messages[0].as_string()


@pytest.mark.slow
def test_a_wrong_password_is_logged_without_the_password(tmp_path, auth_inbox):
    write_sources(tmp_path / "data/sources")
    env = {**user_config(tmp_path, auth_inbox.port, success=True, password=True), "SMTP_PASSWORD": "wrong-Pa55"}
    done = run_luigi(tmp_path, "RunMonthly", "--date", "2026-01-15", "--smtp-timeout", "2", env=env)
    assert done.returncode == 0
    assert auth_inbox.logins[0] == (
        "wine_luigi@bottleneck.example",
        "wrong-Pa55",
    )  # the server saw it; the log does not
    assert "ERROR: the email could not be sent to finance@bottleneck.example" in done.stderr
    assert auth_inbox.messages == []
    assert "wrong-Pa55" not in done.stderr + done.stdout


# --- templates ---------------------------------------------------------------------------------


def failure_context(**extra):
    warning = {
        "name": "web_rows_without_sku_have_no_title",
        "message": "products with a title but no sku",
        "count": 1,
        "keys": ["<script>alert('x')</script> Pomerol"],
        "observed": 1,
        "threshold": 0,
        "severity": "warning",
        "passed": False,
    }
    check = {
        "name": "web_sku_unique",
        "message": "rows sharing a key with different values (sku listed)",
        "count": 25,
        "keys": [f"sku-{i}" for i in range(20)],
        "observed": 25,
        "threshold": 0,
        "severity": "error",
        "passed": False,
    }
    context = {
        "month": "2026-01",
        "failures": [
            {
                "task": "ValidateSource(month=2026-01, source=web)",
                "gate": "quality_web",
                "where": "data/sources/Fichier_web.xlsx",
                "checks": [check],
                "message": "gate quality_web failed",
                "traceback": None,
                "at": 0,
            }
        ],
        "missing_sources": [],
        "warnings": [warning],
        "rejects": {"path": "data/tmp/2026-01/rejects.csv", "rows": 799},
        "published": None,
        "archive": None,
        "log": "/srv/wine_luigi/data/cron.log",
        "machine": "",
        "unread": None,
        "rerun": "cd /srv/wine_luigi && .venv/bin/luigi --module wine_luigi RunMonthly --date 2026-01-15 "
        "--local-scheduler",
    }
    return {**context, **extra}


def test_html_escapes_titles_and_text_keeps_them():
    text, html = render("failure", failure_context())
    assert "<script>alert('x')</script> Pomerol" in text
    assert "<script>" not in html
    assert "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; Pomerol" in html


def test_failure_text_lists_keys_count_and_where():
    text, _ = render("failure", failure_context())
    assert "Gate: quality_web (data/sources/Fichier_web.xlsx)" in text
    assert "keys (25 in all, first 20 listed): sku-0, sku-1" in text and "sku-19" in text
    assert "observed 25, threshold 0" in text
    assert "Rows dropped so far: 799, listed in data/tmp/2026-01/rejects.csv" in text
    assert "Log: /srv/wine_luigi/data/cron.log" in text.splitlines()
    assert "Traceback" not in text


def test_with_the_months_on_s3_the_failure_says_which_machine_holds_the_log_and_the_rows_dropped():
    text, html = render("failure", failure_context(machine="shop-worker-2"))
    assert "Rows dropped so far: 799, listed in data/tmp/2026-01/rejects.csv on shop-worker-2" in text.splitlines()
    assert "Log: /srv/wine_luigi/data/cron.log on shop-worker-2" in text.splitlines()
    assert "<code>data/tmp/2026-01/rejects.csv</code> on shop-worker-2</p>" in html
    assert "<p>Log: <code>/srv/wine_luigi/data/cron.log</code> on shop-worker-2</p>" in html


def test_your_own_template_is_used_first(tmp_path):
    import luigi

    (tmp_path / "failure.txt").write_text("Month {{ month }} failed; rerun: {{ rerun }}")
    config = luigi.configuration.get_config()
    if not config.has_section("notify"):
        config.add_section("notify")
    config.set("notify", "templates", str(tmp_path))
    try:
        text, html = render("failure", failure_context())
    finally:
        config.set("notify", "templates", "")
    assert text.startswith("Month 2026-01 failed; rerun: cd /srv/wine_luigi")
    assert "<h2" in html  # the built-in HTML template still serves


def test_subjects_say_what_stopped_the_month():
    assert failure_subject(failure_context()) == "wine_luigi 2026-01 stopped: gate quality_web failed"
    assert (
        failure_subject(
            failure_context(
                failures=[],
                missing_sources=[{"path": "data/sources/Fichier_erp.xlsx", "there": "data/sources is empty"}],
            )
        )
        == "wine_luigi 2026-01 stopped: Fichier_erp.xlsx is missing"
    )
    assert failure_subject(failure_context(failures=[])) == "wine_luigi 2026-01 did not complete"


@pytest.mark.slow
def test_email_settings_format_and_receivers(tmp_path, inbox):
    frames, _ = conflicting_erp()
    write_sources(tmp_path / "data/sources", frames)
    env = user_config(tmp_path, inbox.port)
    command = ("RunMonthly", "--date", "2026-01-15")

    plain = run_luigi(
        tmp_path,
        *command,
        "--email-format",
        "plain",
        "--email-receiver",
        "a@bottleneck.example, b@bottleneck.example",
        env=env,
    )
    assert plain.returncode == 30
    assert len(inbox.messages) == 1
    message = inbox.messages[0]
    assert message["To"] == "a@bottleneck.example, b@bottleneck.example"
    assert not message.is_multipart() and message.get_content_type() == "text/plain"
    assert "erp_product_id_unique" in message.get_content()
    assert "email sent to a@bottleneck.example, b@bottleneck.example" in plain.stderr

    none = run_luigi(tmp_path, *command, "--email-format", "none", env=env)
    assert none.returncode == 30 and len(inbox.messages) == 1

    nobody = run_luigi(tmp_path, *command, "--smtp-port", str(inbox.port))  # the shipped luigi.cfg names no receiver
    assert nobody.returncode == 30 and len(inbox.messages) == 1
    assert "no email sent: [email] receiver is not set" in nobody.stderr


def test_the_private_luigi_helpers_the_email_relies_on_are_still_there_and_unchanged():
    """notify.py uses three private helpers of luigi.notifications, to keep Luigi's own [email] semantics. A Luigi
    upgrade that removes or changes one must fail here, loudly, before any month's email goes missing."""
    import luigi
    from luigi import notifications
    from luigi.cmdline_parser import CmdlineParser

    for name in ("_email_recipients", "_email_disabled_reason", "_prefix"):
        assert callable(getattr(notifications, name, None)), (
            f"luigi {luigi.__version__}: luigi.notifications.{name} is gone; wine_luigi/notify.py uses it"
        )
    argv = [
        "RunMonthly",
        "--date",
        "2026-01-15",
        "--email-receiver",
        "a@b.example, c@d.example",
        "--email-prefix",
        "[w]",
        "--email-format",
        "plain",
    ]
    with CmdlineParser.global_instance(argv, allow_override=True):
        assert notifications._email_recipients() == [
            "a@b.example, c@d.example"
        ]  # as configured; notify.py splits on commas
        assert notifications._prefix("subject") == "[w] subject"
        assert notifications._email_disabled_reason() in (None, "running from a tty")
    with CmdlineParser.global_instance([*argv[:3], "--email-format", "none"], allow_override=True):
        assert notifications._email_disabled_reason() == "email format is 'none'"
