"""Folders on object storage: `[paths] sources`, `tmp` and `output` as `s3://bucket/prefix`.

Every step still reads and writes files on this machine, in a working copy of each remote folder (`[paths]
cache`): a step's inputs are brought from the bucket before it runs (only those whose content this machine does
not hold yet), each file it writes goes to the bucket as soon as it is complete, with the sha256 of its bytes
as the object's metadata. What a month is made of is judged in the bucket itself, so every worker, on any
machine, sees the same months: an object's "stat" is its size and ETag (S3 has no settable mtime and its
LastModified is the server's clock to the second, so neither plays a part), and its content is the sha256 we
wrote with it, or, for an export a person put there, the sha256 of the bytes (fetched once per ETag).

A run that holds its month (locks.py: the local scheduler) does not wait for its uploads: each goes up in the
background as soon as its file is complete, while the next steps run on the local copy, and flush() waits for them
before the month's set is published and before it is recorded as done, so a month is never said done before all
of its files are in the bucket. Under luigid each step's files are in the bucket before the step is done.

The client is Luigi's own (luigi.contrib.s3.S3Client): its `[s3]` section (endpoint_url, region_name, any
boto3 option) applies, and credentials come from the environment as boto3 finds them."""

import contextlib
import functools
import json
import logging
import os
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any, TypedDict

from wine_luigi.errors import StorageError, WriteError, one_line

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor

log = logging.getLogger("luigi-interface.wine_luigi")
SCHEME = "s3://"
META = "sha256"  # the object's metadata key holding the sha256 of its bytes (x-amz-meta-sha256)
LOOK_S = 1.0  # an object found in the bucket is believed there that long (our own writes update it at once); one
# not found is looked for again every time (another worker may just have made it)


class Said(TypedDict):
    """What is known of an object: its size, its ETag (without S3's quotes) and the sha256 written with it (None for
    an object that carries none, or found by a listing)."""

    size: int
    etag: str
    sha256: str | None


def is_remote(path: object) -> bool:
    return str(path).startswith(SCHEME)


def split(url: object) -> tuple[str, str]:
    bucket, _, key = str(url)[len(SCHEME) :].partition("/")
    return bucket, key


def join(url: object, *names: str) -> str:
    return "/".join([str(url).rstrip("/"), *names])


_clients: dict[int, Any] = {}  # pid -> boto3's client


def client() -> Any:
    """boto3's S3 client as Luigi's S3Client configures it ([s3]); one per process (a forked worker makes its own)."""
    pid = os.getpid()
    if pid not in _clients:
        from luigi.contrib.s3 import S3Client

        _clients[pid] = S3Client().s3.meta.client
    return _clients[pid]


def _missing(error: Any) -> bool:
    return error.response.get("Error", {}).get("Code") in ("404", "NoSuchKey", "NotFound")


@contextlib.contextmanager
def _asking(url: str, what: str) -> Iterator[None]:
    """Requests about the object or the folder at `url`: any answer but "no such key", or none at all (the bucket
    stopped answering), is StorageError naming `url` and what could not be done (`what`: "list it")."""
    from botocore.exceptions import BotoCoreError, ClientError

    try:
        yield
    except (ClientError, BotoCoreError) as error:
        if isinstance(error, ClientError) and _missing(error):
            raise
        raise StorageError(f"{url}: cannot {what} ({one_line(error)})") from error


_heads: dict[str, tuple[float, Said | None]] = {}  # url -> (when, what head() said)
# folder URL -> (when, {url: {"size", "etag", "sha256": None}})
_listings: dict[str, tuple[float, dict[str, Said]]] = {}
_look = threading.local()  # .seen: what the judgement under way in this thread (one_look) has seen; None outside one


@contextlib.contextmanager
def one_look() -> Iterator[None]:
    """One judgement (a step's complete(), a month's done(), what a step starts from) goes by one look at the
    bucket: a folder listed during it is not listed again within it, nor an object it found absent asked for (a
    second request a moment later says nothing the first did not). The next judgement looks again: another worker
    may just have made it."""
    if _seen() is not None:  # within a judgement already (a month's done() judges its steps)
        yield
        return
    _look.seen = set()  # URLs of the folders listed and of the objects not found during this judgement
    try:
        yield
    finally:
        _look.seen = None


def _seen() -> set[str] | None:
    seen: set[str] | None = getattr(_look, "seen", None)
    return seen


def _looked_at(url: str) -> None:
    """The judgement under way (if any) has seen what is at `url`: a folder listed, an object not found."""
    seen = _seen()
    if seen is not None:
        seen.add(url)


def _looked_at_now(url: str) -> bool:
    seen = _seen()
    return seen is not None and url in seen


def _look_again(url: str) -> None:
    """What the judgement under way (if any) saw at `url` no longer holds: this process wrote or forgot there."""
    seen = _seen()
    if seen is not None:
        seen.discard(url)


def _unless_missing(url: str, what: str, request: Callable[[], Any]) -> Any:
    """request()'s answer about the object at `url`, or None when there is no such object (StorageError, as
    _asking says it, when the bucket answers anything else or nothing)."""
    from botocore.exceptions import ClientError

    with _asking(url, what):
        try:
            return request()
        except ClientError as error:
            if not _missing(error):
                raise
            return None


def _head_object(url: str) -> dict[str, Any] | None:
    """S3's HEAD of the object at `url` (ContentLength, ETag, Metadata, LastModified, …), or None when there is none."""
    bucket, key = split(url)
    return _unless_missing(url, "look at it", lambda: client().head_object(Bucket=bucket, Key=key))


def head(url: str, content: bool = False) -> Said | None:
    """{"size", "etag", "sha256"} of the object at `url`, or None. The sha256 is the one written with it (None for
    an object that carries none); without `content` it may also be None for an object found by listing its month's
    folder (one request for all of them: what completeness needs is its size and ETag)."""
    seen = _heads.get(url)
    if seen is not None and ((seen[1] is not None and time.monotonic() - seen[0] < LOOK_S) or ours(url)):
        return seen[1]
    if not content:
        in_listing = listed(url)
        if in_listing is not None:
            return in_listing
        if absent_for_sure(url):
            return None
    if _looked_at_now(url):
        return None
    found = _head_object(url)
    said = None if found is None else _said(found["ContentLength"], found["ETag"], found.get("Metadata", {}).get(META))
    _heads[url] = (time.monotonic(), said)
    if said is None:
        _looked_at(url)
    return said


def _unit(url: str) -> tuple[str, bool] | None:
    """(folder, recursive) whose listing tells of the object at `url`: its month's folder under a root of [paths]
    on S3 (or the root itself, for a file directly in it); None for any other object."""
    from wine_luigi import layout

    for _, root in layout.roots().remote:
        if url.startswith(root + "/"):
            rest = url[len(root) + 1 :]
            return (join(root, rest.split("/")[0]), True) if "/" in rest else (root, False)
    return None


def listed(url: str) -> Said | None:
    """What a listing of its month's folder, made within LOOK_S, says of the object at `url`; None when that listing
    does not have it (an object not listed is looked for by itself: another worker may just have made it)."""
    unit = _unit(url)
    if unit is None:
        return None
    folder, deep = unit
    seen = _listings.get(folder)
    if seen is None or (time.monotonic() - seen[0] > LOOK_S and not ours(url) and not _looked_at_now(folder)):
        found = _listed_now(folder, deep)
        seen = _listings[folder] = (time.monotonic(), found)
        _looked_at(folder)
    return seen[1].get(url)


def ours(url: str) -> bool:
    """The object at `url` is in a month this process holds (locks.py: no other run builds it meanwhile), in the
    intermediates or deliverables, which only this process writes while it holds the month: what it listed of
    them once, and wrote or removed since, is what is there."""
    from wine_luigi import layout
    from wine_luigi.command import locks

    unit = _unit(url)
    if unit is None or not unit[1]:
        return False
    root, _, month = unit[0].rpartition("/")
    return month in locks.held() and root in (layout.roots().url("tmp"), layout.roots().url("output"))


def persons(url: str) -> bool:
    """The object at `url` is in [paths] sources: an export or a month's settings file, which a person puts there
    and no run writes."""
    from wine_luigi import layout

    root = layout.roots().url("sources")
    return root is not None and url.startswith(root + "/")


def absent_for_sure(url: str) -> bool:
    """The object at `url` is not there, by the listing of its month's folder alone: an object of ours (see
    ours()), a person's file (persons()) listed within LOOK_S, as good as asking for it now (no run makes one;
    a late export is looked for again), or any object whose folder the judgement under way listed (one_look)."""
    unit = _unit(url)
    if unit is None or unit[0] not in _listings:
        return False
    return ours(url) or (persons(url) and time.monotonic() - _listings[unit[0]][0] <= LOOK_S) or _looked_at_now(unit[0])


def _noted(url: str, said: Said | None) -> None:
    """What this process just wrote (or removed) at `url`, as head() and listed() will say it."""
    _heads[url] = (time.monotonic(), said)
    if said is not None:
        _look_again(url)
    unit = _unit(url)
    if unit is not None and unit[0] in _listings:
        if said is None:
            _listings[unit[0]][1].pop(url, None)
        else:
            _listings[unit[0]][1][url] = said


def forget(url: str) -> None:
    _heads.pop(url, None)
    _look_again(url)
    unit = _unit(url)
    if unit is not None:
        _listings.pop(unit[0], None)
        _look_again(unit[0])


def stat_of(said: Said) -> list[Any]:
    """What changes whenever an object's content does: its size and ETag."""
    return [said["size"], said["etag"]]


def _said(size: int, etag: str, sha256: str | None = None) -> Said:
    """What is known of an object: its size, its ETag (without S3's quotes) and the sha256 it was written with."""
    return {"size": size, "etag": etag.strip('"'), "sha256": sha256}


def _put(url: str, body: IO[bytes], size: int, sha256: str) -> Said:
    """One request (the object is there whole or not), its sha256 as metadata. Returns what is there now."""
    bucket, key = split(url)
    answer = client().put_object(Bucket=bucket, Key=key, Body=body, Metadata={META: sha256})
    return _said(size, answer["ETag"], sha256)


UPLOADERS = 8  # uploads under way at once, behind the steps of a month this process holds
_pending: dict[str, "tuple[Future[Said], Said]"] = {}  # url -> (the upload under way, what the object will be)
_pool: "list[tuple[int, ThreadPoolExecutor]]" = []  # [(pid, the thread pool of this process)]
_etags: list[bool] = [True]  # the bucket gives an upload's MD5 as its ETag (S3 does, unless encrypted with KMS)


def _uploader() -> "ThreadPoolExecutor":
    from concurrent.futures import ThreadPoolExecutor

    if not _pool or _pool[0][0] != os.getpid():  # a forked worker makes its own
        _pool[:] = [(os.getpid(), ThreadPoolExecutor(UPLOADERS, thread_name_prefix="wine_luigi-upload"))]
    return _pool[0][1]


def _send(f: IO[bytes], url: str, size: int, sha256: str) -> Said:
    with f:
        return _put(url, f, size, sha256)


def put(path: str, url: str, sha256: str, md5: str | None = None) -> Said:
    """Upload the file at `path` to `url` (its sha256 given); this machine's copy then holds it. With its `md5`,
    in a month this process holds, the upload goes on behind the next steps (flush() waits for it): the object is
    known meanwhile as it will be, its ETag being the MD5 of its bytes. Returns {"size", "etag", "sha256"}."""
    f = open(path, "rb")  # these bytes are sent, whatever replaces the file later
    size = os.fstat(f.fileno()).st_size
    _wait(url)  # an earlier upload of the same object goes first
    if md5 is not None and _etags[0] and ours(url):
        said = _said(size, md5, sha256)
        _pending[url] = (_uploader().submit(_send, f, url, size, sha256), said)
    else:
        try:
            said = _send(f, url, size, sha256)
        except Exception as error:  # botocore's, or the connection's
            forget(url)
            raise _not_uploaded(url, error) from error
    _noted(url, said)
    copies().note(path, said)
    return said


def _not_uploaded(url: str, error: Exception) -> WriteError:
    return WriteError(f"{url}: cannot upload it ({one_line(error)})")


def step_done(month: str, last: bool = False) -> None:
    """At the end of a step of `month` ('YYYY-MM'): its uploads in the bucket before it is done, unless this
    process holds the month and the step is not the month's `last` (its uploads then go on behind the next steps,
    and publish_set(), the last step and the end of the command wait for them; the working copy's index is saved
    then too: a command killed before that only fetches again what it cannot trust)."""
    from wine_luigi.command import locks

    if last or month not in locks.held():
        flush()


def _save_copies() -> None:
    """The working copy's index, as this process now knows it, kept for the next command."""
    for index in _copies.values():
        index.save()


def _wait(url: str) -> None:
    if url in _pending:
        flush([url])


def flush(urls: Iterable[str] | None = None) -> None:
    """Wait for this process's uploads under way (those of `urls`, else all) and save the working copy's index;
    WriteError naming the first object that could not be uploaded."""

    failed = None
    for url in list(_pending) if urls is None else [u for u in urls if u in _pending]:
        future, expected = _pending.pop(url)
        try:
            said = future.result()
        except Exception as error:  # botocore's, or the connection's
            forget(url)
            failed = failed or _not_uploaded(url, error)
            continue
        if said["etag"] != expected["etag"]:  # not the MD5: known as it is, and later uploads wait for their ETag
            _etags[0] = False
            _noted(url, said)
    _save_copies()
    if failed is not None:
        raise failed


def digests(path: str) -> tuple[str, str]:
    """(sha256, md5) of the file's bytes, as hex, in one reading: its metadata and its ETag once uploaded."""
    from wine_luigi.freshness import digests_of

    sha256, md5 = digests_of(path, "sha256", "md5")
    return sha256, md5


def written(url: str) -> float | None:
    """When the object at `url` was written, by the server's clock (to the second), or None when there is none."""
    found = _head_object(url)
    return None if found is None else float(found["LastModified"].timestamp())


def get_text(url: str) -> str | None:
    """The object's text, or None when there is none."""
    bucket, key = split(url)
    body = _unless_missing(url, "read it", lambda: client().get_object(Bucket=bucket, Key=key)["Body"].read())
    return None if body is None else body.decode("utf-8")


def delete(url: str) -> None:
    bucket, key = split(url)
    with _asking(url, "delete it"):
        client().delete_object(Bucket=bucket, Key=key)
    _noted(url, None)


def delete_tree(url: str) -> None:
    """Every object under `url`/."""
    bucket, _ = split(url)
    names = [name for name, _ in objects(url)]
    for start in range(0, len(names), 1000):  # at most 1000 keys per request
        batch = names[start : start + 1000]
        with _asking(url, "delete what is in it"):
            client().delete_objects(Bucket=bucket, Delete={"Objects": [{"Key": split(n)[1]} for n in batch]})
        for name in batch:
            _noted(name, None)


def _pages(url: str, deep: bool) -> Any:
    """The pages of S3's listing of what is under `url`/ (deep: in its sub-folders too, else folder by folder)."""
    bucket, prefix = split(join(url, ""))
    paginator = client().get_paginator("list_objects_v2")
    return paginator.paginate(Bucket=bucket, Prefix=prefix, **({} if deep else {"Delimiter": "/"}))


def objects(url: str, deep: bool = True) -> Iterator[tuple[str, dict[str, Any]]]:
    """(URL, S3's entry: Key, Size, ETag, …) of each object under `url`/ (deep: in its sub-folders too)."""
    bucket, _ = split(url)
    with _asking(url, "list it"):
        for page in _pages(url, deep):
            for o in page.get("Contents", []):
                yield f"{SCHEME}{bucket}/{o['Key']}", o


def listed_whole(url: str) -> dict[str, Said]:
    """{URL: {"size", "etag", "sha256": None}} of every object under `url`/ (a folder of [paths]), in one listing (a
    request per thousand objects, however many months it holds). What it says of each month's folder is kept as
    that folder's listing: listed() does not ask for it again within LOOK_S."""
    found = _listed_now(url)
    folders: dict[str, dict[str, Said]] = {}
    for name, said in found.items():
        unit = _unit(name)
        if unit is not None:
            folders.setdefault(unit[0], {})[name] = said
    now = time.monotonic()
    for folder, inside in folders.items():
        _listings[folder] = (now, inside)
    return found


def _listed_now(url: str, deep: bool = True) -> dict[str, Said]:
    """{URL: {"size", "etag", "sha256": None}} of the objects under `url`/ (deep: in its sub-folders too), by a
    listing made now."""
    return {name: _said(o["Size"], o["ETag"]) for name, o in objects(url, deep)}


def listing(url: str) -> tuple[dict[str, Said], list[str]]:
    """({name: {"size", "etag", "sha256": None}} of the objects directly under `url`/, [names of the folders
    there]). A month's folder of a person's files (persons()) listed whole within LOOK_S is not listed again."""
    _, prefix = split(join(url, ""))
    seen = _listings.get(url)
    if seen is not None and _unit(join(url, "")) == (url, True) and persons(join(url, "")):
        if time.monotonic() - seen[0] <= LOOK_S:
            names = [name[len(url) + 1 :] for name in seen[1]]
            return (
                {n: said for n, said in zip(names, seen[1].values()) if "/" not in n},
                sorted({n.split("/")[0] for n in names if "/" in n}),
            )
    files, folders = {}, []
    with _asking(url, "list it"):
        for page in _pages(url, deep=False):
            for o in page.get("Contents", []):
                name = o["Key"][len(prefix) :]
                if name:
                    files[name] = _said(o["Size"], o["ETag"])
            folders += [p["Prefix"][len(prefix) :].rstrip("/") for p in page.get("CommonPrefixes", [])]
    return files, sorted(folders)


def holds_objects(url: str) -> bool:
    """Something is under `url`/ (a month's folder): known from a listing of it made within LOOK_S that found
    objects there (an object found is believed there that long), else asked for."""
    seen = _listings.get(url)
    if seen is not None and seen[1] and time.monotonic() - seen[0] <= LOOK_S:
        return True
    files, folders = listing(url)
    return bool(files or folders)


def names_in(url: str) -> list[str]:
    """The URLs of the objects directly under `url`/; for a month's folder of ours (see ours()), as this process
    knows them."""
    inside = join(url, MANIFEST)
    unit = _unit(inside)
    if ours(inside) and unit is not None and unit[0] == url:
        listed(inside)  # the folder listed once
        return [u for u in _listings[url][1] if "/" not in u[len(url) + 1 :]]
    return [u for u, _ in objects(url, deep=False)]


def size_of(url: str) -> int:
    """Bytes of every object under `url`/."""
    return sum(o["Size"] for _, o in objects(url))


def reachable(url: str) -> str | None:
    """None when the bucket of `url` answers, else why not (one phrase)."""
    from botocore.exceptions import BotoCoreError, ClientError

    bucket, _ = split(url)
    try:
        client().head_bucket(Bucket=bucket)
    except ClientError as error:
        return f"the bucket {bucket} answers {error.response.get('Error', {}).get('Code', error)}"
    except BotoCoreError as error:
        return one_line(error)
    return None


class Copies:
    """The working copy's index: which content each local file holds ({path: [etag, size, mtime_ns, ino]}), kept
    in `<cache>/copies.json` so that a later command knows them too; a file changed here since is not trusted."""

    def __init__(self, index: str) -> None:
        self.index = index
        try:
            with open(index) as f:
                self.known = json.load(f)
        except (OSError, ValueError):
            self.known = {}
        self.changed = False

    @staticmethod
    def local_stat(path: str) -> list[int]:
        st = os.stat(path)
        return [st.st_size, st.st_mtime_ns, st.st_ino]

    def holds(self, path: str, said: Said) -> bool:
        """The file at `path` holds the object `said` describes."""
        try:
            return self.known.get(path) == [said["etag"], *self.local_stat(path)]
        except FileNotFoundError:
            return False

    def note(self, path: str, said: Said) -> None:
        """Noted now, kept in the index file by the next save() (at the end of each step)."""
        self.known[path] = [said["etag"], *self.local_stat(path)]
        self.changed = True

    def save(self) -> None:
        if not self.changed:
            return
        self.changed = False
        work = f"{self.index}.{os.getpid()}"
        try:
            os.makedirs(os.path.dirname(self.index), exist_ok=True)
            with open(work, "w") as f:
                json.dump(self.known, f)
            os.replace(work, self.index)
        except OSError as error:  # a full disk: a later command fetches again what it cannot trust, no more
            with contextlib.suppress(OSError):
                os.remove(work)
            log.warning(
                "%s: cannot write it (%s); the next command fetches the files again",
                self.index,
                error.strerror or error,
            )


_copies: dict[str, "Copies"] = {}  # index file -> its Copies


def copies() -> Copies:
    from wine_luigi import layout

    index = os.path.join(layout.roots().cache, "copies.json")
    if index not in _copies:
        _copies[index] = Copies(index)
    return _copies[index]


def pull(url: str, path: str) -> Said:
    """Make the file at `path` hold the object at `url` (fetched only when it does not already); FileNotFoundError
    when there is no such object."""
    said = head(url)  # None only when the bucket itself said so just now (or for an object of ours, see ours())
    if said is None:
        raise FileNotFoundError(f"{url}: no such object")
    index = copies()
    if index.holds(path, said):
        return said
    bucket, key = split(url)
    work = f"{path}.{os.getpid()}-luigi-tmp-pull"
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with _asking(url, "fetch it"), open(work, "wb") as f:
            body = client().get_object(Bucket=bucket, Key=key)["Body"]  # one request, no transfer threads (at exit)
            for block in iter(lambda: body.read(1 << 20), b""):
                f.write(block)
        os.replace(work, path)
    except BaseException as error:
        with contextlib.suppress(OSError):
            os.remove(work)  # nothing half-fetched is left
        if isinstance(error, OSError):  # this machine's disk: full, read-only
            raise WriteError(
                f"{path}: cannot write it ({error.strerror or error}), the working copy of {url}"
            ) from error
        raise
    index.note(path, said)
    return said


def sync(url: str, folder: str) -> bool:
    """The folder `folder` made to hold what is directly under `url`/ (files only): objects this machine lacks are
    fetched, files no longer there removed. Returns False when nothing is under `url`/."""
    files, folders = listing(url)
    if not files and not folders:
        return False
    os.makedirs(folder, exist_ok=True)
    for name in files:
        pull(join(url, name), os.path.join(folder, name))
    for name in os.listdir(folder):
        path = os.path.join(folder, name)
        if os.path.isfile(path) and name not in files:
            os.remove(path)
    return True


@functools.cache
def _sha_of_object(url: str, etag: str) -> str:
    """The sha256 of the bytes of an object that carries none (an export a person uploaded), by its ETag."""
    from wine_luigi import freshness, layout

    path = layout.local_of(url)
    pull(url, path)
    return freshness.sha256_of(path)


def _content(url: str) -> Said | None:
    """head() of the object at `url` with what its sha256 needs: the one written with it (asked for), except for a
    person's file (persons(): its listing is enough, the sha256 is that of its bytes)."""
    return head(url, content=not persons(url))


def _sha256(url: str, said: Said) -> str:
    """The sha256 of the object's bytes: the one we wrote with it, else (a person's file, or one that carries none)
    that of the bytes this machine holds, fetched once per ETag."""
    return (None if persons(url) else said["sha256"]) or _sha_of_object(url, said["etag"])


def fingerprint(url: str) -> dict[str, Any] | None:
    """{"sha256", "stat": [size, etag]} of the object at `url`, or None when there is none."""
    said = _content(url)
    if said is None:
        return None
    return {"sha256": _sha256(url, said), "stat": stat_of(said)}


def same(url: str, recorded: dict[str, Any] | None) -> bool:
    """The object at `url` has the content `recorded` says ({"sha256", "stat"}; None: no such object)."""
    said = head(url)
    if said is None or recorded is None:
        return said is None and recorded is None
    if stat_of(said) == recorded["stat"]:
        return True
    said = _content(url)
    return said is not None and _sha256(url, said) == recorded["sha256"]


MANIFEST = "manifest.json"  # a set of files under a prefix: {name: {"size", "sha256"}}, written last


def publish_set(files: dict[str, str], url: str, published: dict[str, Any] | None = None) -> list[str]:
    """The files at `files`' keys under `url`/ as one set, for any reader that judges by the manifest: the old
    manifest is removed first (a reader then finds no set, not a mix), each file is put there whole (_publish: each
    value is the file it is a copy of), and the new manifest, listing each with its size and sha256
    (archive.manifest_of, as the off-site copy's), is written last, beside the files here and in the bucket. Files
    of the old set that are not in the new one go.

    With `published` ({URL: fingerprint} of the set as last published), what is directly under `url`/ that the month
    did not make as it is (an object a person replaced or put there) is first copied beside it by the server
    (keep_others): nothing a person put there is lost. Returns those copies' URLs."""
    from wine_luigi.archive import manifest_of

    paths = sorted(files)
    kept = [] if published is None else keep_others(url, paths, published)
    delete(join(url, MANIFEST))
    flush()  # what this process is uploading first: a deliverable is copied from its object in the bucket
    # all at once (each copy is a request the server works on, a large one for a while); once they are all over,
    # the first that failed, in their order, is said
    under_way = [_uploader().submit(_publish, p, files[p], join(url, os.path.basename(p))) for p in paths]
    failed = [error for error in (each.exception() for each in under_way) if error is not None]
    if failed:
        raise failed[0]
    listed = manifest_of(paths)  # an uploaded file's sha256 as digests() read it (freshness's cache)
    flush()  # every file of this process in the bucket before the manifest
    for old in names_in(url):
        if os.path.basename(old) not in listed and os.path.basename(old) != MANIFEST:
            delete(old)
    manifest = os.path.join(os.path.dirname(paths[0]), MANIFEST)
    with open(f"{manifest}.{os.getpid()}-luigi-tmp-manifest", "w") as f:
        f.write(json.dumps(listed, indent=2, sort_keys=True) + "\n")
    os.replace(f.name, manifest)
    put(manifest, join(url, MANIFEST), *digests(manifest))
    return kept


def kept_name(name: str) -> str:
    """The name of the folder, beside a month's folder `name`, that keeps what a person put in it."""
    return f"{name}-kept-{time.strftime('%Y-%m-%dT%H-%M-%S')}"


def not_kept(folder: object, why: str) -> WriteError:
    return WriteError(
        f"{folder}: cannot keep what a person put there ({why}) before publishing the month again; nothing was "
        "published"
    )


def keep_others(url: str, files: Iterable[str], published: dict[str, Any]) -> list[str]:
    """Copies, made by the server under a new folder beside `url` (kept_name), of the objects directly under `url`/
    that are neither as last `published` (by name: its size and ETag, or the sha256 it carries) nor the same bytes
    as the file of their name in `files` (the sha256 it carries, or an ETag that is the file's MD5); the manifest
    aside (the month writes it). Nothing is downloaded to tell. Returns the copies' URLs."""
    new = {os.path.basename(p): p for p in files}
    before = {os.path.basename(u): seen for u, seen in published.items()}

    def months(name: str, said: Said) -> bool:
        recorded = before.get(name)
        if name == MANIFEST or (recorded is not None and stat_of(said) == recorded["stat"]):
            return True
        whole = head(join(url, name), content=True)
        carried = None if whole is None else whole["sha256"]
        if recorded is not None and carried == recorded["sha256"]:
            return True
        if name not in new:
            return False
        sha256, md5 = digests(new[name])
        return carried == sha256 if carried is not None else _etags[0] and said["etag"] == md5

    found = {os.path.basename(u): head(u) for u in names_in(url)}
    others = sorted(name for name, said in found.items() if said is not None and not months(name, said))
    if not others:
        return []
    bucket, _ = split(url)
    kept = join(os.path.dirname(url), kept_name(os.path.basename(url)))
    while holds_objects(kept):
        kept += "+"
    for name in others:
        try:
            client().copy_object(
                Bucket=bucket,
                Key=split(join(kept, name))[1],
                CopySource={"Bucket": bucket, "Key": split(join(url, name))[1]},
            )
        except Exception as error:  # botocore's, or the connection's
            raise not_kept(url, one_line(error)) from error
    return [join(kept, name) for name in others]


def _publish(path: str, origin: str, url: str) -> None:
    """The file at `path`, a copy of the file at `origin`, put at `url`: when `origin` is the working copy of an
    object on S3, the server copies that object there (its bytes and its sha256; nothing is sent from here again),
    else the file is uploaded."""
    from wine_luigi import layout

    source = layout.logical(origin)
    said = None
    if is_remote(source) and source != url:
        _wait(source)  # its upload under way goes first
        said = head(source, content=True)
    if said is None or said["sha256"] is None or not copies().holds(origin, said):
        put(path, url, *digests(path))
        return
    bucket, key = split(url)
    from_bucket, from_key = split(source)
    try:
        answer = client().copy_object(Bucket=bucket, Key=key, CopySource={"Bucket": from_bucket, "Key": from_key})
    except Exception as error:  # botocore's, or the connection's
        raise WriteError(f"{url}: cannot copy {source} there ({one_line(error)})") from error
    copied = _said(said["size"], answer["CopyObjectResult"]["ETag"], said["sha256"])
    _noted(url, copied)
    copies().note(path, copied)


def read_set(url: str, attempts: int = 5, pause: float = 1.0) -> dict[str, bytes] | None:
    """{name: bytes} of the set published under `url`/, as its manifest lists it: every file checked against the
    manifest's sha256, read again while a new set is being written; None when there is no set there."""
    import hashlib

    for attempt in range(attempts):
        listed = get_text(join(url, MANIFEST))
        if listed is not None:
            bucket, _ = split(url)
            files = {}
            for name, said in json.loads(listed).items():
                _, key = split(join(url, name))
                try:
                    body = client().get_object(Bucket=bucket, Key=key)["Body"].read()
                except Exception:
                    break
                if hashlib.sha256(body).hexdigest() != said["sha256"]:
                    break
                files[name] = body
            else:
                return files
        if attempt + 1 < attempts:
            time.sleep(pause)
    return None
