"""Settings that would make a run lie or crash, refused at the start of every command in one line.

- no luigi.cfg with a [retcode] section: Luigi would exit 0 when a month fails, and every relative path would
  point somewhere else (a stray data/ folder in the current directory);
- a ${VARIABLE} in luigi.cfg that the environment does not set: Luigi would raise a traceback at the first
  read of that option, possibly only when the failure email is being sent;
- an inline comment (`encoding = auto   # or utf-8`): Luigi would keep it as part of the value;
- a setting that cannot be right (`[csv] delimiter = ab`, `[email] format = htm`, a month file's unknown option):
  the month would stop later with a traceback, or a setting would be silently ignored;
- no luigid where a command without --local-scheduler expects it: Luigi would retry for a minute, then print
  a long traceback.

Relative paths of luigi.cfg are relative to its folder, Luigi's own lock folder ([core] lock_pid_dir) included.
"""

import configparser
import functools
import getpass
import os
import re
import socket
import sys
import warnings
from collections.abc import Callable, Iterator
from typing import Any, NoReturn
from urllib.parse import urlparse

import luigi
from luigi.configuration import LuigiConfigParser
from luigi.configuration.cfg_parser import InterpolationMissingEnvvarError

from wine_luigi import settings
from wine_luigi.errors import StorageError, one_line

ENVIRONMENT_VARIABLE = re.compile(r"\$\{([^}]+)\}")  # how Luigi spells an environment variable in luigi.cfg


class ConfigError(SystemExit):
    """A setting that stops the command before it does anything (exit 1, the message alone on stderr)."""

    def __init__(self, message: str) -> None:
        super().__init__(f"wine_luigi: {message}")


USED_RETCODES = ("already_running", "task_failed", "scheduling_error")  # the exit codes this package itself gives


def retcode(name: str) -> int:
    """The exit code `name` ("task_failed", …) as the command's [retcode] sets it, read through luigi.retcodes."""
    import luigi.retcodes

    return getattr(luigi.retcodes.retcode(), name)


def stop(message: str, code: int) -> NoReturn:
    """Stop the command now: `message` on stderr, exit `code`."""
    print(f"wine_luigi: {message}", file=sys.stderr, flush=True)
    raise SystemExit(code)


def scheduler_url() -> str | None:
    """luigid's URL for a command that uses it; None with --local-scheduler."""
    import luigi.interface

    core = luigi.interface.core()
    if core.local_scheduler:
        return None
    return core.scheduler_url or f"http://{core.scheduler_host}:{core.scheduler_port}/"


_reached: set[Any] = set()  # luigid URLs this process already reached


def check_scheduler() -> None:
    """A command without --local-scheduler needs luigid: one line, exit 35, when it cannot be reached."""
    url = scheduler_url()
    if url is None or url in _reached:
        return
    where = urlparse(url)
    try:
        socket.create_connection(
            (where.hostname, where.port or (443 if where.scheme == "https" else 80)), timeout=3
        ).close()
    except OSError as error:
        stop(
            f"luigid is not reachable at {url} ({error.strerror or error}): start it with `make luigid`, or run with "
            "--local-scheduler",
            retcode("scheduling_error"),
        )
    _reached.add(url)


_checked: set[Any] = set()  # the settings already found usable in this process


def check() -> None:
    """Raise ConfigError naming the problem and the way out; do nothing when the settings are usable (each state
    of the settings is checked once: a backfill creates one RunMonthly per month)."""
    config = luigi.configuration.get_config()
    if not isinstance(config, LuigiConfigParser):  # a TOML configuration: Luigi's own checks apply
        return
    files = settings.config_files()

    def state() -> tuple[Any, ...]:
        return (
            id(settings.command_line()),
            tuple(files),
            tuple(tuple(config.items(s, raw=True)) for s in config.sections()),
        )

    before = state()
    if before in _checked:
        return
    _check(config, files)
    _checked.update({before, state()})  # as found, and as the check left it (the lock folder made absolute)


def _check(config: LuigiConfigParser, files: list[str]) -> None:
    if settings.command_line() is not None and not config.has_section("retcode"):
        # luigi.build() returns the outcome instead of an exit code: only the `luigi` command needs [retcode]
        if not files:
            where = os.path.join(os.getcwd(), "luigi.cfg")
            variable = os.environ.get("LUIGI_CONFIG_PATH")
            how = f"LUIGI_CONFIG_PATH={variable} does not exist" if variable else "LUIGI_CONFIG_PATH is not set"
            raise ConfigError(
                f"no luigi.cfg found (looked for {where}; {how}): run from the project folder "
                "or set LUIGI_CONFIG_PATH=/path/to/wine_luigi/luigi.cfg"
            )
        raise ConfigError(
            f"{', '.join(files)} has no [retcode] section, so a failed month would exit 0: "
            "copy the [retcode] section of the project's luigi.cfg into it"
        )
    if settings.command_line() is not None:
        for name in USED_RETCODES:
            if config.has_option("retcode", name) and config.get("retcode", name, fallback="").strip() == "0":
                raise ConfigError(
                    f"[retcode] {name} = 0: that outcome would exit 0 as a month that is done; give it its own code"
                )
            if not config.has_option("retcode", name):
                raise ConfigError(
                    f"[retcode] has no {name}: that outcome would exit 0 as a month that is done; "
                    "copy the [retcode] section of the project's luigi.cfg"
                )
    for section in config.sections():
        for option in config.options(section):
            try:
                configparser.ConfigParser.get(config, section, option)
            except InterpolationMissingEnvvarError:
                raw = configparser.ConfigParser.get(config, section, option, raw=True)
                variable = next(v for v in ENVIRONMENT_VARIABLE.findall(raw) if v not in os.environ)
                raise ConfigError(
                    f"{', '.join(files) or 'luigi.cfg'}: [{section}] {option} = {raw} needs the environment variable "
                    f"{variable}, which is not set: export it (for cron, a line {variable}=… above the job) or remove "
                    "that line"
                ) from None
            except configparser.InterpolationError as error:
                raise ConfigError(f"{', '.join(files) or 'luigi.cfg'}: [{section}] {option}: {error.message}") from None
    check_values(config, files)
    resolve_lock_folder(config)
    check_owners()


def own_configs() -> dict[str, type[luigi.Config]]:
    """{section: luigi.Config class} of wine_luigi's sections (all their options are known: a misspelt one would
    be ignored without a word)."""
    from wine_luigi import archive, config

    return {
        "paths": config.paths,
        "retries": config.retries,
        "notify": config.notify,
        "archive": archive.archive,
        **settings.month_sections(),
    }


def luigi_configs() -> dict[str, type[luigi.Config]]:
    """{section: luigi.Config class} of Luigi's own sections that a wrong value breaks at a bad moment."""
    import luigi.interface
    import luigi.notifications
    import luigi.retcodes
    import luigi.scheduler
    import luigi.worker

    return {
        "core": luigi.interface.core,
        "worker": luigi.worker.worker,
        "scheduler": luigi.scheduler.scheduler,
        "email": luigi.notifications.email,
        "smtp": luigi.notifications.smtp,
        "retcode": luigi.retcodes.retcode,
    }


def check_values(config: LuigiConfigParser, files: list[str]) -> None:
    """Every value of the configuration files and of the command line that cannot be right, refused in one line."""

    def where(section: str, option: str) -> str:
        origin = settings.origin(section, option)
        if origin == settings.COMMAND_LINE:
            return f"the command line (--{section.replace('_', '-')}-{option.replace('_', '-')})"
        if origin and os.path.isfile(origin):
            return settings.place_in(origin, section, option)
        return origin or "luigi.cfg"

    for path in files:  # an inline comment anywhere (Luigi's sections included) becomes part of a value
        parsed = settings.parsed_file(path)
        for section in parsed.sections():
            values = {(section, o): v for o, v in parsed.items(section) if settings.INLINE_COMMENT.search(v)}
            for problem in settings.check_values(values, functools.partial(settings.place_in, path)):
                raise ConfigError(problem)
    own = own_configs()
    for section, cls in own.items():
        known = settings.options_of(cls)
        for option in config.options(section) if config.has_section(section) else []:
            if option not in known:
                raise ConfigError(
                    f"{where(section, option)}: [{section}] {option} is not a setting; [{section}] has "
                    f"{', '.join(known)}"
                )
    for section, cls in {**own, **luigi_configs()}.items():
        try:
            with warnings.catch_warnings():  # Luigi warns that some of its own defaults (None) are not strings
                warnings.simplefilter("ignore", UserWarning)
                instance = cls()
        except Exception as error:  # Luigi's parameters say what they expected
            raise ConfigError(wrong_value(section, cls, where) or f"[{section}]: {one_line(error)}") from None
        values = {
            (section, o): getattr(instance, o)
            for o in settings.options_of(cls)
            if isinstance(getattr(instance, o), str)
        }
        for problem in settings.check_values({k: v for k, v in values.items() if k[0] in settings.CHECKS}, where):
            raise ConfigError(problem)
    folders: Any = own["paths"]()
    check_places(folders, where)
    try:
        settings.all_month_files(settings.resolved_path("paths", "sources", folders.sources))
        if remote_sources(folders.sources):
            from wine_luigi import layout

            for url in month_files_on_s3(folders.sources):  # brought here, then read as a local one is
                try:
                    settings.month_file_values(layout.local_of(url))
                except settings.SettingError as error:
                    raise ConfigError(layout.as_called(str(error), layout.local_of(url))) from None
    except (settings.SettingError, StorageError) as error:  # StorageError: the bucket stopped answering since
        raise ConfigError(str(error)) from None


def remote_sources(value: str) -> bool:
    from wine_luigi import remote

    return remote.is_remote(value) and settings.command_line() is not None


def month_files_on_s3(url: str) -> list[str]:
    """The URLs of the month files in the sources folder on S3, each brought to this machine's working copy. The
    folder is listed once, whole, not month by month: a bucket that holds years of months is not asked once per
    month at every start."""
    from wine_luigi import layout, remote

    found, url = [], url.rstrip("/")
    for name in sorted(remote.listed_whole(url)):
        month, _, file = name[len(url) + 1 :].partition("/")
        if file == settings.MONTH_FILE and settings.MONTH_FOLDER.match(month):
            remote.pull(name, layout.local_of(name))
            found.append(name)
    return found


def check_places(folders: Any, where: Callable[[str, str], str]) -> None:
    """[paths]: the folders local or on S3 (s3://bucket/prefix), the ledger a SQLite file or a PostgreSQL URL; the
    libraries they need installed, the bucket reachable (ConfigError with one line otherwise)."""
    from wine_luigi import ledger, remote

    for option in ("sources", "tmp", "output", "db", "cache"):
        value = getattr(folders, option)
        if not settings.is_url(value):
            continue
        takes = ledger.SERVER_SCHEMES if option == "db" else (remote.SCHEME,) if option != "cache" else ()
        if not value.startswith(takes):
            said = {"db": "a SQLite file or postgresql://user@host/database", "cache": "a folder of this machine"}.get(
                option, "a folder, or s3://bucket/prefix"
            )
            raise ConfigError(
                f"{where('paths', option)}: [paths] {option} = {ledger.shown(value)}: not a place it can be ({said})"
            )
    on_s3 = [o for o in ("sources", "tmp", "output") if remote.is_remote(getattr(folders, o))]
    needs = ([("boto3", "s3")] if on_s3 else []) + (
        [("sqlalchemy", "postgres"), ("psycopg2", "postgres")] if ledger.on_server(folders.db) else []
    )
    for module, extra in needs:
        if not installed(module):
            raise ConfigError(
                f"[paths]: {module} is not installed, and the settings need it: pip install 'wine_luigi[{extra}]'"
            )
    for option in on_s3:
        if remote.split(getattr(folders, option))[0] == "":
            raise ConfigError(
                f"{where('paths', option)}: [paths] {option} = {getattr(folders, option)}: no bucket named"
            )
    if on_s3 and settings.command_line() is not None:
        url = getattr(folders, on_s3[0])
        problem = remote.reachable(url)
        if problem:
            raise ConfigError(
                f"{where('paths', on_s3[0])}: [paths] {on_s3[0]} = {url}: the bucket cannot be reached ({problem}); "
                "see [s3] endpoint_url and the AWS_* variables"
            )


def installed(module: str) -> bool:
    """`module` can be imported (found without importing it: SQLAlchemy alone would cost a run a tenth of a
    second, and it is needed only to create the ledger's tables)."""
    import importlib.util

    try:
        return importlib.util.find_spec(module) is not None
    except (ImportError, ValueError):
        return False


def wrong_value(section: str, cls: type[luigi.Config], where: Callable[[str, str], str]) -> str | None:
    """The one setting of `cls` whose value its parameter cannot take, said with the value and why; None when
    none is found alone."""
    config = luigi.configuration.get_config()
    for option, parameter in cls.get_params():
        given = settings.command_line_value(section, option)
        if given is None and config.has_option(section, option):
            given = configparser.ConfigParser.get(config, section, option)
        if given is None:
            continue
        try:
            parameter.normalize(parameter.parse(given))
        except Exception as error:
            why = one_line(error)
            return f"{where(section, option)}: [{section}] {option} = {given}: not a value it takes ({why})"
    return None


def resolve_lock_folder(config: LuigiConfigParser) -> None:
    """[core] lock_pid_dir relative to the file that sets it (Luigi would take it relative to the current folder),
    and there: Luigi creates the folder itself but not its parents."""
    origin = settings.origin("core", "lock_pid_dir")
    if origin and origin not in (settings.COMMAND_LINE, "set in this process"):
        value = config.get("core", "lock_pid_dir")
        if not os.path.isabs(value):
            config.set("core", "lock_pid_dir", settings.resolved_path("core", "lock_pid_dir", value))
    if settings.command_line() is None:
        return
    import luigi.interface

    core = luigi.interface.core()
    if core.no_lock:
        return
    try:
        os.makedirs(core.lock_pid_dir, exist_ok=True)
    except OSError as error:
        raise ConfigError(
            f"[core] lock_pid_dir = {core.lock_pid_dir}: cannot create the lock folder ({error.strerror or error})"
        ) from None


def check_owners() -> None:
    """What the command writes on this machine ([paths] tmp and output, the working copy of the folders on S3, the
    SQLite ledger, the lock folder) can be written by the user it runs as. A folder or file that a command run as
    another user made (with sudo, say) would stop the month halfway, each step saying "Permission denied": one
    line at the start instead, naming the first such place, its owner, and the commands that give them all to this
    user. A read-only disk is said where it is written to, as a full one is."""
    if settings.command_line() is None:
        return
    import luigi.interface

    from wine_luigi import layout, ledger

    now, core = layout.roots(), luigi.interface.core()
    trees = [now.tmp, now.output] + ([now.cache] if now.remote else [])  # written anywhere in them
    alone = ([] if ledger.on_server(now.db) else [os.path.dirname(now.db)]) + (
        [] if core.no_lock else [core.lock_pid_dir]
    )
    places = [(folder, top) for top in trees for folder in _folders(top)]  # top: what a fix gives back
    places += [(_existing(folder), folder) for folder in alone]
    files = [] if ledger.on_server(now.db) else [now.db + end for end in ("", "-wal", "-shm")]
    if not core.no_lock and os.path.isdir(core.lock_pid_dir):  # Luigi's pid file of this command, the month locks
        import luigi.lock

        files.append(luigi.lock.get_info(core.lock_pid_dir)[2])
        files += [e.path for e in os.scandir(core.lock_pid_dir) if e.name.startswith("wine_luigi-")]
    denied = [(path, top, owner) for path, top in places + [(f, f) for f in files] if (owner := _owner_if_denied(path))]
    if not denied:
        return
    path, _, owner = denied[0]
    me = getpass.getuser()
    given = [t for t in dict.fromkeys(t for _, t, _ in denied if os.path.exists(t))]
    given = [t for t in given if not any(t.startswith(o + os.sep) for o in given)]
    made = [  # a folder to create, unless in one given back
        t
        for t in dict.fromkeys(t for _, t, _ in denied if not os.path.exists(t))
        if not any(f"{_existing(t)}{os.sep}".startswith(g + os.sep) for g in given)
    ]
    fixes = ([f"`sudo chown -R {me} {' '.join(given)}`"] if given else []) + (
        [f"`sudo install -d -o {me} {' '.join(made)}`"] if made else []
    )
    raise ConfigError(
        f"{path}: the user this command runs as ({me}) cannot write "
        f"{'in this folder' if os.path.isdir(path) else 'this file'}, which belongs to {owner} (made by a command "
        f"run as {owner}, with sudo?)"
        + (f", nor {len(denied) - 1} other place(s) it writes" if len(denied) > 1 else "")
        + f": to give {'them' if len(denied) > 1 else 'it'} to {me}, {' and '.join(fixes)}; "
        f"or run the command as {owner}"
    )


def _folders(top: str) -> Iterator[str]:
    """The folders under `top` (itself first), or the nearest folder above it, when it is not there yet."""
    if not os.path.isdir(top):
        yield _existing(top)
        return
    for folder, _, _ in os.walk(top):
        yield folder


def _existing(path: str) -> str:
    while not os.path.exists(path) and os.path.dirname(path) != path:
        path = os.path.dirname(path)
    return path


def _owner_if_denied(path: str) -> str | None:
    """The name of the user `path` belongs to, when this one cannot write it (in it, for a folder) and that user is
    another one; None otherwise (and for no such path)."""
    import pwd

    try:
        if os.access(path, os.W_OK | (os.X_OK if os.path.isdir(path) else 0)):
            return None
        owner = os.stat(path).st_uid
    except FileNotFoundError:
        return None
    if owner == os.geteuid():
        return None
    try:
        return pwd.getpwuid(owner).pw_name
    except KeyError:
        return f"user {owner}"
