"""A wine_luigi whose uploads are watched: with WINE_LUIGI_UPLOADS, each object's URL is noted in that file (one
line each); the upload of the object named by WINE_LUIGI_REFUSE (its URL's end) is refused, as S3 refuses a key the
credentials may not write: the error botocore raises then."""

import os

from botocore.exceptions import ClientError

from wine_luigi import remote

_put = remote._put


def watched(url, body, size, sha256):
    if "WINE_LUIGI_UPLOADS" in os.environ:
        with open(os.environ["WINE_LUIGI_UPLOADS"], "a") as f:
            f.write(url + "\n")
    if url.endswith(os.environ.get("WINE_LUIGI_REFUSE") or "\0"):
        raise ClientError({"Error": {"Code": "AccessDenied", "Message": "Access Denied"}}, "PutObject")
    return _put(url, body, size, sha256)


remote._put = watched
