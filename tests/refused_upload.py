"""A wine_luigi whose bucket refuses the upload of the object named by WINE_LUIGI_REFUSE (its URL's end), as S3
refuses a key the credentials may not write: the error botocore raises then."""

import os

from botocore.exceptions import ClientError

from wine_luigi import remote

_put = remote._put


def refusing(url, body, size, sha256):
    if url.endswith(os.environ["WINE_LUIGI_REFUSE"]):
        raise ClientError({"Error": {"Code": "AccessDenied", "Message": "Access Denied"}}, "PutObject")
    return _put(url, body, size, sha256)


remote._put = refusing
