"""A wine_luigi whose bucket refuses to copy objects (S3's CopyObject), as a bucket policy may: the error botocore
raises then."""

from botocore.exceptions import ClientError

from wine_luigi import remote

_client = remote.client


class Refusing:
    def __init__(self, client):
        self.client = client

    def copy_object(self, **kwargs):
        raise ClientError({"Error": {"Code": "AccessDenied", "Message": "Access Denied"}}, "CopyObject")

    def __getattr__(self, name):
        return getattr(self.client, name)


remote.client = lambda: Refusing(_client())
