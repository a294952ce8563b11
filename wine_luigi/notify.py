"""The month's emails, sent with Luigi's [email] and [smtp] settings."""

import logging
import smtplib
import warnings
from email.message import EmailMessage
from email.policy import SMTP
from typing import Any

from luigi import notifications

log = logging.getLogger("luigi-interface.wine_luigi")
UNFOLDED = SMTP.clone(max_line_length=998)  # a folded subject reads back with a leading space in some clients


def compose(sender: str, recipients: list[str], subject: str, text: str, html: str | None = None) -> EmailMessage:
    message = EmailMessage(policy=UNFOLDED)
    message["Subject"], message["From"], message["To"] = subject, sender, ", ".join(recipients)
    message.set_content(text)
    if html is not None:
        message.add_alternative(html, subtype="html")
    return message


def smtp_settings() -> Any:
    with warnings.catch_warnings():  # Luigi warns that its own default local_hostname=None is not a string
        warnings.simplefilter("ignore", UserWarning)
        return notifications.smtp()


def _send_smtp(message: EmailMessage) -> None:
    conf = smtp_settings()
    connect = smtplib.SMTP_SSL if conf.ssl else smtplib.SMTP
    with connect(
        host=conf.host, port=conf.port, local_hostname=conf.local_hostname or None, timeout=conf.timeout or 10
    ) as conn:
        conn.ehlo_or_helo_if_needed()
        if conn.has_extn("starttls") and not conf.no_tls:
            conn.starttls()
            conn.ehlo()
        if conf.username and conf.password:
            conn.login(conf.username, conf.password)
        conn.send_message(message)


def send(subject: str, text: str, html: str) -> bool:
    """Send to [email] receiver; True when sent. Never raises: a mail problem must not change the month's outcome."""
    conf = notifications.email()
    recipients = [a.strip() for r in notifications._email_recipients() for a in r.split(",") if a.strip()]
    if not recipients:
        log.info("no email sent: [email] receiver is not set")
        return False
    reason = notifications._email_disabled_reason()
    if reason:
        log.info("no email sent to %s: %s ([email] force_send = true sends anyway)", ", ".join(recipients), reason)
        return False
    subject = notifications._prefix(subject)
    try:
        if conf.method == "smtp":
            _send_smtp(compose(conf.sender, recipients, subject, text, html if conf.format == "html" else None))
        else:  # ses, sendgrid, sns: Luigi's own senders take one body
            notifications.send_email(subject, html if conf.format == "html" else text, conf.sender, recipients)
    except Exception as exc:  # noqa: BLE001  (any failure to mail is logged, never raised)
        smtp = smtp_settings()
        log.error(
            "the email could not be sent to %s through %s:%s (%s: %s)",
            ", ".join(recipients),
            smtp.host,
            smtp.port,
            type(exc).__name__,
            exc,
        )
        return False
    log.info("email sent to %s: %s", ", ".join(recipients), subject)
    return True
