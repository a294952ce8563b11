"""A wine_luigi run as another user (ANOTHER_USER, a uid) than the one who made the project's data, as cron runs as
the shop's user after someone ran a month with sudo: the system's answers as that user would get them. What belongs
to someone else is not writable unless it is writable by all; UNREADABLE names a file or folder that user may not
read."""

import builtins
import os
import stat

import wine_luigi  # noqa: F401  (the tasks the command names)

UID = int(os.environ["ANOTHER_USER"])
_access, _open = os.access, builtins.open


_listdir = os.listdir


def unreadable(path):
    return bool(os.environ.get("UNREADABLE")) and str(path) == os.environ["UNREADABLE"]


def access(path, mode, *args, **kwargs):
    st = os.stat(path)
    if st.st_uid != UID and mode & os.W_OK and not st.st_mode & stat.S_IWOTH:
        return False
    if unreadable(path) and mode & (os.R_OK | os.X_OK):
        return False
    return _access(path, mode, *args, **kwargs)


def opened(file, *args, **kwargs):
    if unreadable(file):
        raise PermissionError(13, "Permission denied", str(file))
    return _open(file, *args, **kwargs)


def listed(path="."):
    if unreadable(path):
        raise PermissionError(13, "Permission denied", str(path))
    return _listdir(path)


os.access, os.geteuid, os.listdir, builtins.open = access, lambda: UID, listed, opened
