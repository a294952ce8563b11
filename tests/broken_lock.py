"""A wine_luigi on a lock folder that cannot lock (a network file system without locks), to see how an error
while a month is taken for the command is reported."""

from wine_luigi.command import locks


def cannot_lock(month):
    raise OSError(37, "No locks available")


locks.hold = cannot_lock
