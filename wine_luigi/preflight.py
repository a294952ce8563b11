"""Settings that would make a run lie or crash, refused at the start of every command in one line.

- no luigi.cfg with a [retcode] section: Luigi would exit 0 when a month fails, and every relative path would
  point somewhere else (a stray data/ folder in the current directory);
- a ${VARIABLE} in luigi.cfg that the environment does not set: Luigi would raise a traceback at the first
  read of that option, possibly only when the failure email is being sent;
- no luigid where a command without --local-scheduler expects it: Luigi would retry for a minute, then print
  a long traceback.
"""
import configparser
import os
import re
import socket
import sys
from urllib.parse import urlparse

import luigi
from luigi.cmdline_parser import CmdlineParser
from luigi.configuration import LuigiConfigParser
from luigi.configuration.cfg_parser import InterpolationMissingEnvvarError


ENVIRONMENT_VARIABLE = re.compile(r"\$\{([^}]+)\}")  # how Luigi spells an environment variable in luigi.cfg


class ConfigError(SystemExit):
    """A setting that stops the command before it does anything (exit 1, the message alone on stderr)."""

    def __init__(self, message):
        super().__init__(f"wine_luigi: {message}")


SCHEDULING_ERROR = 35  # [retcode] scheduling_error of the shipped luigi.cfg


def stop(message, code):
    """Stop the command now: `message` on stderr, exit `code`."""
    print(f"wine_luigi: {message}", file=sys.stderr, flush=True)
    raise SystemExit(code)


def scheduler_url():
    """luigid's URL for a command that uses it; None with --local-scheduler."""
    import luigi.interface

    core = luigi.interface.core()
    if core.local_scheduler:
        return None
    return core.scheduler_url or f"http://{core.scheduler_host}:{core.scheduler_port}/"


_reached = set()  # luigid URLs this process already reached


def check_scheduler():
    """A command without --local-scheduler needs luigid: one line, exit 35, when it cannot be reached."""
    url = scheduler_url()
    if url is None or url in _reached:
        return
    where = urlparse(url)
    try:
        socket.create_connection((where.hostname, where.port or (443 if where.scheme == "https" else 80)), timeout=3).close()
    except OSError as error:
        stop(f"luigid is not reachable at {url} ({error.strerror or error}): start it with `make luigid`, or run with --local-scheduler", SCHEDULING_ERROR)
    _reached.add(url)


def config_files():
    """The configuration files Luigi read, in the order it read them (later ones win)."""
    return [os.path.abspath(p) for p in LuigiConfigParser._config_paths if os.path.isfile(p)]


def check():
    """Raise ConfigError naming the problem and the way out; do nothing when the settings are usable."""
    config = luigi.configuration.get_config()
    if not isinstance(config, LuigiConfigParser):  # a TOML configuration: Luigi's own checks apply
        return
    files = config_files()
    if CmdlineParser.get_instance() is not None and not config.has_section("retcode"):
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
    for section in config.sections():
        for option in config.options(section):
            try:
                configparser.ConfigParser.get(config, section, option)
            except InterpolationMissingEnvvarError:
                raw = configparser.ConfigParser.get(config, section, option, raw=True)
                variable = next(v for v in ENVIRONMENT_VARIABLE.findall(raw) if v not in os.environ)
                raise ConfigError(
                    f"{', '.join(files) or 'luigi.cfg'}: [{section}] {option} = {raw} needs the environment variable "
                    f"{variable}, which is not set: export it (for cron, a line {variable}=… above the job) or remove that line"
                ) from None
            except configparser.InterpolationError as error:
                raise ConfigError(f"{', '.join(files) or 'luigi.cfg'}: [{section}] {option}: {error.message}") from None


class Checked:
    """Mixin of the tasks a command starts with (RunMonthly, RangeMonthly, Purge): the settings are checked when
    the task is created, before Luigi schedules or writes anything."""

    def __init__(self, *args, **kwargs):
        check()
        if CmdlineParser.get_instance() is not None:
            check_scheduler()
        super().__init__(*args, **kwargs)
