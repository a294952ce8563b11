"""A wine_luigi whose bucket stops answering (its server down, or the network): from then on every request is
refused its connection, and botocore says so. It stops as the month's report starts, or, with LOST_BUCKET=judging
in the environment, once the settings are checked, before any step is judged."""

import os
import socket

import boto3
from botocore.config import Config

from wine_luigi import remote
from wine_luigi.command import preflight
from wine_luigi.tasks import ReportMonth

_client, _lost = remote.client, []


def lose_it():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        closed = s.getsockname()[1]
    # one attempt per request: botocore's retries would only make the test wait
    once = Config(retries={"total_max_attempts": 1})
    _lost.append(boto3.client("s3", endpoint_url=f"http://127.0.0.1:{closed}", region_name="eu-west-3", config=once))


def after_losing_it(function):
    def lost(*args, **kwargs):
        lose_it()
        return function(*args, **kwargs)

    return lost


remote.client = lambda: _lost[0] if _lost else _client()
if os.environ.get("LOST_BUCKET") == "judging":
    preflight.check_scheduler = after_losing_it(preflight.check_scheduler)
else:
    ReportMonth.run = after_losing_it(ReportMonth.run)
