"""A wine_luigi whose requests to the bucket are watched: with WINE_LUIGI_REQUESTS, each request's operation and
object (or folder) is noted in that file (one line each: `HeadObject s3://bucket/key`); with WINE_LUIGI_UPLOADS,
each uploaded object's URL is noted in that file (one line each); the upload of the object named by
WINE_LUIGI_REFUSE (its URL's end) is refused, as S3 refuses a key the credentials may not write: the error
botocore raises then."""

import os

from botocore.exceptions import ClientError

from wine_luigi import remote

_put = remote._put
_client = remote.client


def watched(url, body, size, sha256):
    if "WINE_LUIGI_UPLOADS" in os.environ:
        with open(os.environ["WINE_LUIGI_UPLOADS"], "a") as f:
            f.write(url + "\n")
    if url.endswith(os.environ.get("WINE_LUIGI_REFUSE") or "\0"):
        raise ClientError({"Error": {"Code": "AccessDenied", "Message": "Access Denied"}}, "PutObject")
    return _put(url, body, size, sha256)


def noted(params, model, **_):
    with open(os.environ["WINE_LUIGI_REQUESTS"], "a") as f:
        f.write(f"{model.name} s3://{params.get('Bucket', '')}/{params.get('Key', params.get('Prefix', ''))}\n")


def client():
    made = _client()
    if "WINE_LUIGI_REQUESTS" in os.environ and not getattr(made, "_watched", False):
        made.meta.events.register("before-parameter-build.s3", noted)
        made._watched = True
    return made


remote._put = watched
remote.client = client
