"""Completeness by content: a step is done when every step it needs is done and its outputs are those it recorded,
made from the inputs and settings that are there now.

Each step that runs leaves a record, `<tmp>/YYYY-MM/made/<step>.json`: the sha256 of every file it read (its
dependencies' outputs, the export itself) and wrote, taken when it started and when it finished, and the settings
and other values that shaped it. complete() compares that record with what is there now. File dates play no
part: a corrected export copied in with its old date (`cp -p`) is read again; `touch` alone changes nothing.

It stays cheap: a file whose size, mtime, ctime and inode are those recorded is not read again (the kernel sets
the ctime on every change and no program can set it back); any other is hashed, a megabyte at a time, and
compared by content. Within one command Luigi decides what to run before it runs anything, so a deleted
intermediate is built again together with every step after it, even when it comes out the same bytes.
"""

import hashlib
import json
import os
import time
from typing import Any

import luigi
from luigi.task import flatten

from wine_luigi import layout, remote
from wine_luigi.errors import ReadError, unreadable

VERSION = 1  # of the record's layout: a record of another version is not trusted
_known: dict[Any, Any] = {}  # (path, stat) -> sha256 of the file's content then


def stat_of(path: str) -> list[int]:
    """What changes whenever a file's content does: size, mtime, ctime (set by the kernel), inode."""
    st = os.stat(path)
    return [st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino]


def sha256_of(path: str) -> str:
    """The sha256 of a file's bytes, as hex."""
    return digests_of(path, "sha256")[0]


def digests_of(path: str, *algorithms: str) -> list[str]:
    """The hex digests of a file's bytes by each of `algorithms` ("sha256", "md5"), in one reading (a megabyte at
    a time). A sha256 is kept for fingerprint(), unless the file changed while it was read."""
    before = stat_of(path)
    digests = [hashlib.new(name, usedforsecurity=False) for name in algorithms]
    try:
        with open(path, "rb") as f:
            for block in iter(lambda: f.read(1 << 20), b""):
                for digest in digests:
                    digest.update(block)
    except PermissionError as error:
        raise ReadError(unreadable(layout.logical(path), error)) from None
    found = [digest.hexdigest() for digest in digests]
    if "sha256" in algorithms and stat_of(path) == before:
        _known[path, tuple(before)] = found[algorithms.index("sha256")]
    return found


def fingerprint(path: str) -> dict[str, Any] | None:
    """{"sha256", "stat"} of the file at `path` (or the object at an s3:// URL, remote.py) now, or None when there
    is no such file. A file already hashed in this process, or known from a record, with the same stat is not read
    again."""
    if remote.is_remote(path):
        return remote.fingerprint(path)
    try:
        before = stat_of(path)
        sha = _known.get((path, tuple(before))) or sha256_of(path)
    except (FileNotFoundError, NotADirectoryError, IsADirectoryError):
        return None
    return {"sha256": sha, "stat": before}


def same(path: str, recorded: dict[str, Any] | None) -> bool:
    """The file at `path` has the content `recorded` says ({"sha256", "stat"}; None: no such file)."""
    if remote.is_remote(path):
        return remote.same(path, recorded)
    try:
        stat = stat_of(path)
    except (FileNotFoundError, NotADirectoryError):
        return recorded is None
    if recorded is None:
        return False
    if stat == recorded["stat"]:
        return True
    now = fingerprint(path)
    return now is not None and now["sha256"] == recorded["sha256"]


def plain(value: Any) -> Any:
    """`value` as JSON gives it back (tuples as lists), so that a record compares equal to what it recorded."""
    return json.loads(json.dumps(value, sort_keys=True, default=str))


def name_of(target: Any) -> str:
    """What every worker calls a target's file: its URL when it is on S3 (remote.py), else its path."""
    return getattr(target, "name", None) or target.path


def input_paths(task: luigi.Task) -> list[str]:
    """The files a step reads: the outputs of the steps it requires (an export, for the step that reads it)."""
    return sorted({name_of(o) for d in flatten(task.requires()) for o in flatten(d.output())})


def output_paths(task: luigi.Task) -> list[str]:
    return sorted(name_of(o) for o in flatten(task.output()))


def inputs_now(task: Any) -> dict[str, Any]:
    """What a step is about to be made from (taken when it starts, so an input replaced while it runs makes it
    stale rather than recorded as read)."""
    return {
        "settings": plain(task.settings()),
        "values": plain(task.values()),
        "inputs": {p: fingerprint(p) for p in input_paths(task)},
    }


def read_record(task: Any) -> dict[str, Any] | None:
    """The record of a step's last run, or None (never run, or a record this version does not read)."""
    from wine_luigi.storage import load

    target = task.made_target()
    try:
        record = load(target)
    except (FileNotFoundError, ValueError, OSError):
        return None
    if not isinstance(record, dict) or record.get("version") != VERSION:
        return None
    for section in ("inputs", "outputs"):  # what the record says of a file's content is known from now on
        for path, seen in record.get(section, {}).items():
            if seen:
                _known.setdefault((path, tuple(seen["stat"])), seen["sha256"])
    return record


def write_record(task: Any, made_from: dict[str, Any]) -> None:
    """Record a step that just ran: what it was made from (`made_from`, from inputs_now) and what it wrote."""
    from wine_luigi.command import session
    from wine_luigi.storage import dump

    record = {
        "version": VERSION,
        "step": str(task),
        "made": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime()),
        "by": session.WORKER,
        **made_from,
        "outputs": {p: fingerprint(p) for p in output_paths(task)},
    }
    dump(task.made_target(), record)


def forget(task: Any) -> None:
    """Remove a step's record: it is run again by the next command that needs it."""
    try:
        task.made_target().remove()
    except FileNotFoundError:
        pass


def matches(task: Any, record: dict[str, Any], outputs: list[str]) -> bool:
    """The record describes the step as it would be made now (`outputs`: the paths of its outputs)."""
    if record["settings"] != plain(task.settings()) or record["values"] != plain(task.values()):
        return False
    inputs = input_paths(task)
    if sorted(record["inputs"]) != inputs or sorted(record["outputs"]) != outputs:
        return False
    return all(same(p, record["outputs"][p]) for p in outputs) and all(same(p, record["inputs"][p]) for p in inputs)


def up_to_date(task: Any, seen: dict[str, bool]) -> bool:
    """complete() of `task`, each upstream step judged once per call (`seen`: task_id -> complete)."""
    if task.task_id not in seen:
        seen[task.task_id] = _judge(task, seen)
    return seen[task.task_id]


def _judge(task: Any, seen: dict[str, bool]) -> bool:
    targets = flatten(task.output())  # a step whose outputs cannot even be named cannot be judged: that raises
    if not task.remote and not all(t.exists() for t in targets):
        return False
    if not all(up_to_date(d, seen) for d in flatten(task.requires())):
        return False
    if isinstance(task, luigi.ExternalTask):  # an export as the user put it: there
        return True
    if task.remote:  # outputs elsewhere (an off-site copy): the step says whether they are as they should be
        return task.still_valid()
    record = read_record(task)
    return record is not None and matches(task, record, sorted(name_of(t) for t in targets)) and task.still_valid()


def fresh(tasks: list[Any]) -> list[Any]:
    """The tasks of `tasks` that are up to date, judged together; one that cannot be judged is not."""
    seen: dict[str, bool] = {}

    def judged(task: Any) -> bool:
        try:
            return up_to_date(task, seen)
        except Exception:  # reported as a scheduling error of the step; here it only counts as not fresh
            return False

    return [t for t in tasks if judged(t)]
