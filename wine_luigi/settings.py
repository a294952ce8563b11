"""Where each setting comes from, and the settings a month is built with.

A month's exports are read with luigi.cfg's settings, overridden by the month's own settings file
(`<sources>/YYYY-MM/month.cfg`: sections [source_files], [csv], [erp_columns], [web_columns], [link_columns]),
overridden by the command line (`--csv-decimal ,`, for a one-off run). The month file holds for every command
that builds the month (RunMonthly, RangeMonthly, cron), so a month whose exports differ from the defaults keeps
its settings with its files.

Relative paths in a configuration file are relative to that file's folder (so LUIGI_CONFIG_PATH works from any
folder, cron included); on the command line, to the current folder.
"""

import configparser
import errno
import functools
import os
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import luigi
from luigi.cmdline_parser import CmdlineParser

from wine_luigi.contract import SOURCES
from wine_luigi.errors import one_line, unreadable

if TYPE_CHECKING:
    from wine_luigi.readers import ReadOptions

MONTH_FILE = "month.cfg"
COMMAND_LINE = "the command line"
# an inline comment: Luigi keeps it as part of the value (`encoding = auto   # or utf-8` would read "auto   # or utf-8")
INLINE_COMMENT = re.compile(r"\s[#;]")


class SettingError(Exception):
    """A setting that cannot be right: the message names the file (or the command line), the setting and the fix."""


# --- which file a setting comes from -------------------------------------------------------------


def config_files() -> list[str]:
    """The configuration files Luigi read, in the order it read them (a later one wins)."""
    from luigi.configuration import LuigiConfigParser

    return [os.path.abspath(p) for p in LuigiConfigParser._config_paths if os.path.isfile(p)]


class CaseKept(configparser.ConfigParser):
    """A configuration file's options with their case as written (ConfigParser lowers it)."""

    def optionxform(self, optionstr: str) -> str:
        return optionstr


@functools.lru_cache(maxsize=16)
def _parsed(path: str, version: tuple[int, ...]) -> configparser.ConfigParser:
    parser = CaseKept(interpolation=None, strict=False)
    parser.read(path, encoding="utf-8")
    return parser


def parsed_file(path: str) -> configparser.ConfigParser:
    """A configuration file as written (no interpolation), read once per version of it."""
    stat = os.stat(path)
    return _parsed(path, (stat.st_mtime_ns, stat.st_size, stat.st_ino))


def main_config_file() -> str | None:
    """The file the project's settings come from: LUIGI_CONFIG_PATH, else luigi.cfg in the current folder; None
    when there is neither."""
    files = config_files()
    return files[-1] if files else None


def command_line() -> CmdlineParser | None:
    """Luigi's parser of the command line being run (the `luigi` command, `wine-luigi`), or None (luigi.build)."""
    return CmdlineParser.get_instance()


def command_line_value(section: str, option: str) -> Any:
    """The value given on this command's line (`--<section>-<option>`), or None."""
    parser = command_line()
    if parser is None:
        return None
    return getattr(parser.known_args, f"{section}_{option}", None)


def origin(section: str, option: str) -> str | None:
    """Where the value Luigi resolved for [section] option comes from: COMMAND_LINE, the path of the
    configuration file that sets it, "set in this process" (tests), or None for the built-in default."""
    if command_line_value(section, option) is not None:
        return COMMAND_LINE
    config = luigi.configuration.get_config()
    if not config.has_option(section, option):
        return None
    raw = configparser.ConfigParser.get(config, section, option, raw=True)
    for path in reversed(config_files()):
        parser = parsed_file(path)
        if parser.has_option(section, option):
            return path if parser.get(section, option) == raw else "set in this process"
    return "set in this process"


def base_folder(section: str, option: str) -> Path:
    """The folder a relative path in [section] option is relative to: its configuration file's folder, the
    current folder for the command line, the main configuration file's folder for a default."""
    where = origin(section, option)
    if where is None:
        where = main_config_file()
    if where is None or where in (COMMAND_LINE, "set in this process"):
        return Path.cwd()
    return Path(where).parent


def is_url(value: object) -> bool:
    return "://" in str(value)


def resolved_path(section: str, option: str, value: str) -> str:
    """`value` of [section] option as an absolute path (a URL is left as it is)."""
    if not value or is_url(value) or os.path.isabs(value):
        return value
    return str(base_folder(section, option) / value)


# --- the values a setting may take -----------------------------------------------------------------

DECIMALS = (",", ".")


def check_csv(option: str, value: str) -> str | None:
    """None when `value` is a usable [csv] option, else what is wrong with it."""
    if value == "auto":
        return None
    if option == "encoding":
        import codecs

        try:
            codecs.lookup(value)
        except LookupError:
            return f"{value!r} is not an encoding Python knows: auto, utf-8, utf-16, cp1252, latin-1, …"
        return None
    if option == "delimiter":
        from wine_luigi.readers.delimited import SEPARATORS, WORDS

        if WORDS.get(value, value) in SEPARATORS:
            return None
        return f"{value!r} is not a separator wine_luigi reads: auto, ; , tab or |"
    if option == "decimal":
        return None if value in DECIMALS else f"{value!r} is not a decimal mark: auto, , or ."
    return None


def check_file_name(option: str, value: str) -> str | None:
    if not value.strip() and not option.endswith("_sheet"):
        return "the file name is empty"
    return None


CHECKS = {"csv": check_csv, "source_files": check_file_name}


# --- a month's own settings file -------------------------------------------------------------------

MONTH_SECTIONS = ("source_files", "csv", "erp_columns", "web_columns", "link_columns")


def month_sections() -> dict[str, type[luigi.Config]]:
    """{section: its luigi.Config class} of what a month file may set."""
    from wine_luigi import config

    return {
        "source_files": config.source_files,
        "csv": config.csv,
        **{f"{s}_columns": config.COLUMNS[s] for s in SOURCES},
    }


def options_of(cls: type[luigi.Config]) -> list[str]:
    return [name for name, _ in cls.get_params()]


def decoded(path: Path) -> str:
    """A month file's text: UTF-8 (with or without a byte order mark), else Windows-1252, as Notepad saves "ANSI"
    text (a mapped header with an accent, `price = Prix unitaire é`); SettingError when it is neither."""
    data = path.read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError as error:
        raise SettingError(
            f"{path}: not text in UTF-8 or Windows-1252 (byte 0x{data[error.start]:02X} at offset {error.start}): "
            "save it as UTF-8"
        ) from None


def read_month_file(path: str | os.PathLike[str]) -> dict[tuple[str, str], str]:
    """{(section, option): value} of a month file; SettingError naming the file, the line and the fix."""
    text = decoded(Path(path))
    parser = CaseKept(interpolation=None, strict=True)
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as error:
        raise SettingError(f"{path}: not a settings file ({one_line(error)})") from None
    sections = month_sections()
    values = {}
    for section in parser.sections():
        if section not in sections:
            raise SettingError(
                f"{path}: [{section}] cannot be set per month; a month file holds "
                f"{', '.join(f'[{s}]' for s in MONTH_SECTIONS)}"
            )
        known = options_of(sections[section])
        for option, value in parser.items(section):
            if option not in known:
                raise SettingError(f"{path}: [{section}] {option} is not a setting; [{section}] has {', '.join(known)}")
            values[section, option] = value
    problems = list(check_values(values, lambda section, option: f"{path}, line {line_of(text, section, option)}"))
    if problems:
        raise SettingError(problems[0])
    return values


def line_of(text: str, section: str, option: str) -> int | str:
    """The line number of `option` in `section` of a configuration text (for messages)."""
    current = None
    for number, line in enumerate(text.splitlines(), start=1):
        stripped = line.strip()
        if stripped.startswith("[") and stripped.endswith("]"):
            current = stripped[1:-1].strip()
        elif current == section and re.match(rf"{re.escape(option)}\s*[=:]", stripped):
            return number
    return "?"


def place_in(path: str | os.PathLike[str], section: str, option: str) -> str:
    """`<path>, line <n>`: where a setting stands in a configuration file, for a message."""
    return f"{path}, line {line_of(Path(path).read_text(encoding='utf-8'), section, option)}"


def check_values(values: dict[tuple[str, str], str], where: Callable[[str, str], str]) -> Iterator[str]:
    """What is wrong with {(section, option): value}, one message each; `where(section, option)` names the place."""
    for (section, option), value in values.items():
        if inline := INLINE_COMMENT.search(value):
            comment = value[inline.start() :].strip()
            yield (
                f"{where(section, option)}: [{section}] {option} = {value}: an inline comment would become part of the "
                f"value; put {comment!r} on a line of its own"
            )
            continue
        check = CHECKS.get(section)
        problem = check(option, value) if check else None
        if problem:
            yield f"{where(section, option)}: [{section}] {option} = {value}: {problem}"


MONTH_FOLDER = re.compile(r"^\d{4}-\d{2}$")  # <sources>/YYYY-MM/


def all_month_files(root: str | None) -> None:
    """Read every month file under the sources folder `root`: SettingError for the first that is wrong."""
    if not root or is_url(root) or not os.path.isdir(root):
        return
    try:
        for folder in sorted(Path(root).iterdir()):
            if not MONTH_FOLDER.match(folder.name):
                continue
            if not os.access(folder, os.R_OK | os.X_OK):
                raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(folder))
            if (folder / MONTH_FILE).is_file():
                month_file_values(folder / MONTH_FILE)
    except PermissionError as error:  # the folder, a month's folder or its month file, this user may not read
        raise SettingError(unreadable(error.filename, error)) from None


@functools.lru_cache(maxsize=64)
def _month_file(path: str, version: tuple[int, ...]) -> dict[tuple[str, str], str]:
    return read_month_file(path)


def month_file_values(path: str | os.PathLike[str]) -> dict[tuple[str, str], str]:
    """The values of a month file, read once per version of it; {} when there is none."""
    try:
        stat = os.stat(path)
    except FileNotFoundError:
        return {}
    return _month_file(str(path), (stat.st_mtime_ns, stat.st_ctime_ns, stat.st_size, stat.st_ino))


# --- the settings of a month -----------------------------------------------------------------------


@dataclass(frozen=True)
class MonthSettings:
    """How a month's exports are found and read, and where each setting that is not a default comes from."""

    files: dict[str, str]  # source -> file name
    sheets: dict[str, str]  # source -> the sheet to read ("": the first visible one)
    csv: dict[str, str]  # encoding, delimiter, decimal
    columns: dict[str, dict[str, str]]  # source -> {contract column: header in the file}
    # (section, option) -> where its value comes from (defaults left out)
    origins: dict[tuple[str, str], str] = field(default_factory=dict)
    month_file: str = ""  # the month's settings file (its URL on S3), when it has one
    # source -> where its file is named for this month (the month's settings file, or the command line): that file
    # is the export, even with another of the same name in another format beside it
    named: dict[str, str] = field(default_factory=dict)

    def reading(self, source: str) -> dict[str, Any]:
        """What a source's raw frame depends on besides the file's content (its record's settings)."""
        return {
            "file": self.files[source],
            "sheet": self.sheets[source],
            "columns": self.columns[source],
            "csv": [self.csv[k] for k in ("encoding", "delimiter", "decimal")],
        }

    def options(self, source: str) -> "ReadOptions":
        """How the source's export is read (readers.ReadOptions)."""
        from wine_luigi.readers import ReadOptions

        encoding, delimiter, decimal = (self.csv[k] for k in ("encoding", "delimiter", "decimal"))
        return ReadOptions(encoding, delimiter, decimal, sheet=self.sheets[source])

    def described(self, source: str | None = None) -> str:
        """The settings that are not defaults, by where they come from, as the log says which a month was read with:
        `settings from /…/2026-02/month.cfg: [source_files] erp = erp.csv; [csv] decimal = ,`, or `default settings`."""
        wanted = None if source is None else {"source_files", "csv", f"{source}_columns"}
        by_origin: dict[str, dict[str, list[str]]] = {}
        for section in MONTH_SECTIONS:
            if wanted is not None and section not in wanted:
                continue
            for (s, option), where in self.origins.items():
                if s != section or (
                    section == "source_files" and source is not None and option not in (source, f"{source}_sheet")
                ):
                    continue
                by_origin.setdefault(where, {}).setdefault(section, []).append(
                    f"{option} = {self.value(section, option)}"
                )
        return (
            "; ".join(
                f"settings from {where}: "
                + "; ".join(f"[{section}] {', '.join(values)}" for section, values in sections.items())
                for where, sections in by_origin.items()
            )
            or "default settings"
        )

    def value(self, section: str, option: str) -> str:
        if section == "source_files":
            return self.files[option] if option in self.files else self.sheets[option.removesuffix("_sheet")]
        if section == "csv":
            return self.csv[option]
        return self.columns[section[: -len("_columns")]][option]


def month_settings(month_folder: str | os.PathLike[str] | None, called: str = "") -> MonthSettings:
    """The settings of the month whose own folder is `month_folder` (None when it has none); `called`: what the
    messages call its settings file, when not its path (its URL, for the copy of a month on S3)."""
    month_file = Path(month_folder) / MONTH_FILE if month_folder else None
    in_file = month_file_values(month_file) if month_file else {}
    named_as = called or str(month_file or "")
    values, origins, named = {}, {}, {}
    for section, cls in month_sections().items():
        instance = cls()  # command line, then luigi.cfg, then the default
        defaults = {name: param._default for name, param in cls.get_params()}
        for option in options_of(cls):
            given = command_line_value(section, option)
            if section == "source_files" and option in SOURCES and (given is not None or (section, option) in in_file):
                named[option] = COMMAND_LINE if given is not None else named_as
            if given is None and (section, option) in in_file:
                values[section, option], origins[section, option] = in_file[section, option], named_as
                continue
            values[section, option] = getattr(instance, option)
            if values[section, option] != defaults[option]:
                origins[section, option] = origin(section, option) or "default"
    return MonthSettings(
        files={s: values["source_files", s] for s in SOURCES},
        sheets={s: values["source_files", f"{s}_sheet"] for s in SOURCES},
        csv={k: values["csv", k] for k in ("encoding", "delimiter", "decimal")},
        columns={s: {c.name: values[f"{s}_columns", c.name] for c in SOURCES[s].columns} for s in SOURCES},
        origins=origins,
        month_file=named_as if in_file else "",
        named=named,
    )
