"""The month's task graph: sources -> extract -> gates -> clean -> merge -> sales -> z-score -> exports."""

from __future__ import annotations

import contextlib
import datetime
import logging
import os
import time
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import luigi
import luigi.format
import luigi.scheduler
import luigi.worker
from luigi.task import flatten

from wine_luigi import archive, freshness, layout, ledger, memory, remote, settings
from wine_luigi.claims import gate
from wine_luigi.command import failures, locks, session
from wine_luigi.command.shell import Command
from wine_luigi.config import retries
from wine_luigi.contract import SOURCE_NAMES, SOURCES, Source
from wine_luigi.errors import LoadError, PipelineError, ReadError
from wine_luigi.export import rejects_table, sales_summary, sales_table, segment_table
from wine_luigi.freshness import up_to_date
from wine_luigi.gate_checks import Checked, load_checks, merge_checks, quality_checks, sales_checks, zscore_checks
from wine_luigi.readers import ReadOptions, delimited, read_cells, read_source
from wine_luigi.remote import MANIFEST
from wine_luigi.report import report_context
from wine_luigi.rules import REASON, ROW, add_sales, add_zscore, kept, merge, triage, typed
from wine_luigi.settings import MonthSettings
from wine_luigi.storage import SharedTarget, dump, load, publish, remove_leftovers
from wine_luigi.summary import figures, summarize, summary_lines
from wine_luigi.templating import templates

if TYPE_CHECKING:
    import pandas as pd

log = logging.getLogger("luigi-interface.wine_luigi")
STAGED = "deliverables"  # <tmp>/YYYY-MM/deliverables/: built here, then published to <output>/YYYY-MM/


def judged(task: luigi.Task, month: datetime.date, complete: Callable[[], bool]) -> bool:
    """complete() of a step; when it cannot be judged (Luigi's scheduling error, exit 35) the month's report
    names the step and the error."""
    try:
        with remote.one_look():  # what the judgement found absent in the bucket is not asked for again within it
            return complete()
    except Exception as error:
        session.register(month)  # the month is reported, with this record, even when it is the one being judged
        failures.record(task, error, failures.SCHEDULING, month)
        if isinstance(error, PipelineError):  # Luigi logs it with its traceback (log_lines says it in one line)
            unjudged[str(task)] = error
        raise


unjudged: dict[str, PipelineError] = {}  # str(task) -> the error, said in one line, that its judgement stopped at


def month_priority(month: datetime.date) -> int:
    """Earlier months first: a backfill records January before February's report reads the ledger.

    Luigi gives a task at least the priority of the tasks that need it (RangeMonthly's is 0), so these are
    positive and decrease with the month."""
    return 100_000 - (month.year * 12 + month.month)


class MonthlyTask(luigi.Task):
    """Base of every step: the month is its identity and appears in every path.

    A step is complete when its outputs are those its record lists, made from the files and settings there now
    (freshness.py); the hooks below say what else a step's outputs depend on."""

    month = luigi.MonthParameter(description="the month to build, YYYY-MM")
    # a data problem is not transient: fail once, report once (steps that read files override this)
    retry_count = 1
    # outputs somewhere no record describes (an off-site copy): complete when still_valid() says so
    remote = False
    # the month's last step: with the months on S3, every file of the month is in the bucket when it is done
    last = False

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.made_from: dict[str, Any] = {}  # what the step is made from, taken as it starts (_made_from)

    @property
    def priority(self) -> int:  # type: ignore[override]  # Luigi's is an attribute; a property serves it as well
        return month_priority(self.month)

    def complete(self) -> bool:
        """Like make, by content: dependencies complete, outputs as recorded, made from the inputs there now."""
        return judged(self, self.month, lambda: up_to_date(self, {}))

    def settings(self) -> dict[str, Any]:
        """The settings that shape the outputs besides the input files (recorded, compared): none by default."""
        return {}

    def values(self) -> dict[str, Any]:
        """What else the outputs are made from, as {name: fingerprint or None} (e.g. the previous month's figures):
        nothing by default."""
        return {}

    def still_valid(self) -> bool:
        """Whether what no file fingerprint covers is still as this step made it (the ledger's row, an off-site
        copy): always, by default."""
        return True

    def made_target(self) -> SharedTarget:
        """<tmp>/YYYY-MM/made/<step>.json: what the outputs were made from."""
        extra = [str(v) for k, v in self.param_kwargs.items() if k != "month"]
        return layout.made_target(self.month, "-".join([self.task_family, *extra]))

    def on_success(self) -> None:
        if not self.remote:
            freshness.write_record(self, self.made_from or freshness.inputs_now(self))
        if layout.roots().remote:
            remote.step_done(layout.month_name(self.month), last=self.last)
        return super().on_success()

    def tmp(self, name: str) -> SharedTarget:
        return layout.target(self.month, "tmp", name)

    def staged(self, name: str) -> SharedTarget:
        """A deliverable as built, before PublishMonth publishes the month's set together."""
        return layout.target(self.month, "tmp", f"{STAGED}/{name}")

    def on_failure(self, exception: BaseException) -> str | None:
        # a data problem is explained by its message; only a bug needs the traceback
        if isinstance(exception, PipelineError):
            return str(exception)
        return not_shared(self, exception) or super().on_failure(exception)


UNFULFILLED = "Unfulfilled dependenc"  # Luigi's RuntimeError when a step it was told is done is not, where it runs


def not_shared(task: luigi.Task, exception: BaseException) -> str | None:
    """When `exception` is Luigi's "Unfulfilled dependency at run time" (luigid said a step was done, and its
    output is not where this worker looks: workers on several machines with local folders), what to say instead
    of a traceback: one line, the file and the fix. Else None."""
    if not (isinstance(exception, RuntimeError) and UNFULFILLED in str(exception) and isinstance(task, MonthlyTask)):
        return None
    missing = [o.path for d in flatten(task.requires()) for o in flatten(d.output()) if not o.exists()]
    return (
        f"{task} cannot run on this worker: luigid reports the steps before it done, but "
        f"{missing[0] if missing else 'their output'} is not here (made by a worker on another machine?). Workers on "
        "several machines share the months only through [paths] sources, tmp and output on s3://bucket/prefix and "
        "[paths] db = postgresql://… (README, Beyond one machine)"
    )


@MonthlyTask.event_handler(luigi.Event.START)
def _allocator(task: MonthlyTask) -> None:
    memory.use_jemalloc()  # before the first step of the command allocates its first column


@MonthlyTask.event_handler(luigi.Event.START)
def _no_leftovers(task: MonthlyTask) -> None:
    """What a killed run of this step left half-written (its outputs, its record), removed before it runs."""
    written = [o.path for o in flatten(task.output())] + ([] if task.remote else [task.made_target().path])
    for path in written:
        remove_leftovers(path)


@MonthlyTask.event_handler(luigi.Event.START)
def _inputs_here(task: MonthlyTask) -> None:
    """Inputs on S3 brought to this machine (those it does not hold yet), before the step reads them."""
    for target in flatten(task.input()):
        if getattr(target, "url", None):
            target.fetch()


@MonthlyTask.event_handler(luigi.Event.START)
def _made_from(task: MonthlyTask) -> None:
    """What the step is made from, taken before it reads anything (when an input cannot be read, the step says so
    as it reads it)."""
    if not task.remote:
        with remote.one_look(), contextlib.suppress(ReadError):
            task.made_from = freshness.inputs_now(task)


class SourceTask(MonthlyTask):
    source = luigi.ChoiceParameter(choices=tuple(SOURCES), description="erp, web or link")

    @property
    def contract(self) -> Source:
        return SOURCES[self.source]

    def source_path(self) -> Path:
        return layout.source_path(self.month, self.source)


class SourceWorkbook(SourceTask, luigi.ExternalTask):
    """One of the month's three exports, as the user put it in the sources folder."""

    @property
    def retry_count(self) -> int:  # type: ignore[override]  # the export may still be on its way: looked for again
        return retries().read_attempts

    def output(self) -> SharedTarget:
        return layout.file_target(self.source_path())

    def what_is_there(self) -> str:
        """When the export is missing: what its folder holds instead, and where to name another file."""
        here = layout.sources_dir(self.month)
        folder = layout.logical(here)
        if not here.is_dir():
            return f"there is no folder {folder}"
        files = sorted(p.name for p in here.iterdir() if p.is_file() and not p.name.startswith("."))
        if not files:
            return f"{folder} is empty"
        month_file = layout.logical(Path(layout.roots().sources) / layout.month_name(self.month) / settings.MONTH_FILE)
        return (
            f"{folder} holds {', '.join(files[:10])}{' …' if len(files) > 10 else ''}: if one of them is the "
            f"{self.contract.label} export, name it in {month_file} ([source_files] {self.source} = its name)"
        )


class ExtractSource(SourceTask):
    """raw_<source>.parquet: every row of the export (first sheet, or the CSV), its row numbers, headers and keys
    normalised."""

    def requires(self) -> SourceWorkbook:
        return SourceWorkbook(month=self.month, source=self.source)

    def output(self) -> SharedTarget:
        return self.tmp(f"raw_{self.source}.parquet")

    def run(self) -> None:
        path = Path(self.input().path)
        read_with = layout.month_settings(self.month)
        configured = read_with.files[self.source]
        if path.name != configured:
            log.info(
                "%s: not in %s; reading %s, the same export in another format",
                configured,
                layout.logical(path.parent),
                path.name,
            )
        log.info("%s: read with the %s", layout.logical(path), read_with.described(self.source))
        self.set_status_message(f"reading {layout.logical(path)}")
        raw, how = self.read(path, read_with)
        log.info("%s: %s", path.name, how)
        self.set_status_message(f"{len(raw)} rows read from {path.name}")
        self.set_progress_percentage(80)
        dump(self.output(), raw)
        self.set_progress_percentage(100)

    def settings(self) -> dict[str, Any]:
        """Which file name, column mapping and [csv] settings read it: a changed setting rereads the export."""
        return layout.month_settings(self.month).reading(self.source)

    def read(self, path: Path, read_with: MonthSettings) -> tuple[pd.DataFrame, str]:
        """The export read, again and again ([retries] read_attempts, [scheduler] retry_delay apart) while it may
        still be on its way (empty, cut short, locked); a file that is complete but of the wrong kind stops at once."""
        name = layout.logical(path)  # the export as its user knows it: its URL when it is the copy of an object on S3
        others = [p.name for p in layout.source_candidates(self.month, self.source) if p != path]
        if others and self.source in read_with.named and path.name == read_with.files[self.source]:
            log.warning(
                "%s: %s beside it too; reading %s, the file %s names",
                name,
                ", ".join(others),
                path.name,
                read_with.named[self.source],
            )
        elif others:
            raise LoadError(
                f"{name}: the {self.contract.label} export is there {len(others) + 1} times "
                f"({', '.join([path.name, *others])}): keep one"
            )
        attempts, delay = max(retries().read_attempts, 1), luigi.scheduler.scheduler().retry_delay
        options = read_with.options(self.source)
        seen = None  # the export's freshness.stat_of() at the look before
        for attempt in range(1, attempts + 1):
            if attempt > 1:  # the step is made from the export as this attempt finds it
                _made_from(self)
            lock = open_in_office(path)
            if lock and attempt < attempts:  # the export may be being saved: read it once Excel has let go
                log.warning(
                    "%s: %s beside it, the export is open in Excel or LibreOffice; reading again in %g s (%d more "
                    "attempt(s))",
                    name,
                    lock.name,
                    delay,
                    attempts - attempt,
                )
                time.sleep(delay)
                continue
            before, failed = freshness.stat_of(str(path)), None
            try:
                raw, how = read_source(path, self.contract, read_with.columns[self.source], options)
            except LoadError as said:
                failed = said
            # a copy still under way says so first, whether what it holds so far reads or ends cut short
            under_way = copy_under_way(path, before, seen, delay) if not failed or failed.cut_short else None
            seen = before
            if failed and not under_way:
                error = LoadError(layout.as_called(str(failed), path), failed.transient)  # its URL, not the copy's
                if not error.transient or attempt == attempts:
                    raise error from failed
                log.warning("%s; reading again in %g s (%d more attempt(s))", error, delay, attempts - attempt)
                time.sleep(delay)
                continue
            if under_way and attempt == attempts:
                looks = f"at each of {attempts} looks {delay:g} s apart" if attempts > 1 else "at its only look"
                raise LoadError(
                    f"{name}: {under_way}, {looks}: it is still being written (a copy under way?); run again once it "
                    "is whole",
                    transient=True,
                )
            if under_way:
                log.warning(
                    "%s: %s: a copy of it may still be under way; reading again in %g s (%d more attempt(s))",
                    name,
                    under_way,
                    delay,
                    attempts - attempt,
                )
                time.sleep(delay)
                continue
            if lock:
                log.warning(
                    "%s: %s still beside it after %d looks: read as it is (the load gate warns)",
                    name,
                    lock.name,
                    attempts,
                )
                raw.attrs["open_in_office"] = lock.name
            return raw, how
        raise AssertionError("the last attempt returns or raises")


def copy_under_way(path: Path, before: list[int], seen: list[int] | None, delay: float) -> str | None:
    """Why the text export just read (`before`: its freshness.stat_of() then) may be a copy cut short by the read,
    or None: it
    changed while it was read; or it ends in the middle of a line (a tool that writes a file whole ends it with a
    line break; Google Sheets does not) and it changed within `delay` seconds (written that recently, dated ahead of
    this machine's clock, or other than at the look before, `seen`). A workbook cut short does not read at all, and
    the working copy of an object on S3 is whole, as the object is."""
    if path.suffix.lower() not in delimited.EXTENSIONS or remote.is_remote(layout.logical(path)):
        return None
    if freshness.stat_of(str(path)) != before:
        return "it changed while it was read"
    if not delimited.ends_mid_line(path):
        return None
    age = time.time() - before[1] / 1e9
    if before == seen or age >= delay:
        return None
    if age < 0:
        return f"it ends in the middle of a line and is dated {-age:.1f} s ahead of this machine's clock"
    return f"it ends in the middle of a line and was written {age:.1f} s ago"


def open_in_office(path: Path) -> Path | None:
    """The lock file Excel (`~$Fichier_erp.xlsx`, or `~$chier_erp.xlsx` for a long name) or LibreOffice
    (`.~lock.Fichier_erp.xlsx#`) keeps beside a file it has open, or None."""
    for name in (f"~${path.name}", f"~${path.name[2:]}", f".~lock.{path.name}#"):
        if (path.parent / name).exists():
            return path.parent / name
    return None


GATES: list[type[GateTask]] = []  # every gate, in pipeline order: the order their classes are declared in


class GateTask(MonthlyTask):
    """A validation step: writes check_<gate>.json (checks, thresholds, warnings) only when it passes.

    A gate is declared once, as a subclass: its name (`gate`), the figures its marker gives to the summary, the
    ledger and the report (`figures`), the step it checks (`requires`) and its checks (`evaluate`, calling a
    function of gate_checks.py). Declaring it adds it to GATES, so gate_tasks(), the ledger's columns and the
    month's figures follow; the step after it requires it, so that a failure stops what follows."""

    gate = ""  # the gate's name; "{source}" in it makes one gate per source ("load_{source}": load_erp, …)
    # figure -> (metric of the marker, int or float); "{source}" too
    figures: ClassVar[dict[str, tuple[str, type]]] = {}

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("gate"):
            GATES.append(cls)

    @classmethod
    def per_source(cls) -> bool:
        return "{source}" in cls.gate

    def gate_name(self) -> str:
        return self.gate.format(source=getattr(self, "source", ""))

    def evaluate(self) -> Checked:
        """(checks, metrics) for this gate."""
        raise NotImplementedError

    def where(self) -> str:
        return ""

    def output(self) -> SharedTarget:
        return self.tmp(f"check_{self.gate_name()}.json")

    def run(self) -> None:
        checks, metrics = self.evaluate()
        dump(
            self.output(),
            {"month": layout.month_name(self.month), **gate(self.gate_name(), checks, metrics, self.where())},
        )


class SourceGate(GateTask, SourceTask):
    """A gate on one source; its failures name the workbook."""

    def where(self) -> str:
        return layout.logical(self.source_path())


class ValidateLoad(SourceGate):
    """Load gate: the workbook has data rows and every required column exactly once."""

    gate = "load_{source}"
    figures = {"rows_{source}": ("rows", int)}

    def requires(self) -> ExtractSource:
        return ExtractSource(month=self.month, source=self.source)

    def evaluate(self) -> Checked:
        return load_checks(load(self.input()), self.contract)


class CleanSource(SourceTask):
    """clean_<source>.parquet: every raw row with the reason a rule dropped it (empty when kept)."""

    def requires(self) -> dict[str, Any]:
        return {
            "raw": ExtractSource(month=self.month, source=self.source),
            "gate": ValidateLoad(month=self.month, source=self.source),
        }

    def output(self) -> SharedTarget:
        return self.tmp(f"clean_{self.source}.parquet")

    def run(self) -> None:
        raw = load(self.input()["raw"])
        raw.attrs = {}  # how the export was read stays with the raw frame; pandas would copy it at every step after
        dump(self.output(), triage(raw, self.contract))


class ValidateSource(SourceGate):
    """Quality gate: after clean and dedup, keys present and unique, values of their type and allowed."""

    gate = "quality_{source}"

    def requires(self) -> CleanSource:
        return CleanSource(month=self.month, source=self.source)

    def evaluate(self) -> Checked:
        return quality_checks(load(self.input()), self.contract)


def kept_rows(month: datetime.date, source: str, columns: Sequence[str]) -> pd.DataFrame:
    """`columns` of the rows of a source that passed its quality gate, typed (only they are filtered)."""
    triaged = load(CleanSource(month=month, source=source).output())
    return typed(kept(triaged[[ROW, *columns, REASON]]), SOURCES[source], columns)


class MergeSources(MonthlyTask):
    """merged.parquet: ERP ⋈ link ⋈ web products, one row per product sold online."""

    def requires(self) -> list[MonthlyTask]:
        return [ValidateSource(month=self.month, source=s) for s in SOURCES] + [
            CleanSource(month=self.month, source=s) for s in SOURCES
        ]

    def output(self) -> SharedTarget:
        return self.tmp("merged.parquet")

    def run(self) -> None:
        # every row, typed; merge() takes the kept ones (each row copied once)
        frames = {s: typed(load(CleanSource(month=self.month, source=s).output()), SOURCES[s]) for s in SOURCES}
        dump(self.output(), merge(frames["erp"], frames["link"], frames["web"]))


class ValidateMerge(GateTask):
    """Merge gate: every web product merged exactly once."""

    gate = "merge"
    figures = {"merged": ("merged", int)}

    def requires(self) -> MergeSources:
        return MergeSources(month=self.month)

    def evaluate(self) -> Checked:
        erp, web = kept_rows(self.month, "erp", ("product_id", "onsale_web")), kept_rows(self.month, "web", ("sku",))
        link = load(CleanSource(month=self.month, source="link").output())[[ROW, "product_id", "id_web", REASON]]
        return merge_checks(load(self.input()), erp, web, link)


class ValidateSales(GateTask):
    """Sales gate: every merged product has a price > 0 and total_sales ≥ 0."""

    gate = "sales"

    def requires(self) -> dict[str, Any]:
        return {"merged": MergeSources(month=self.month), "gate": ValidateMerge(month=self.month)}

    def evaluate(self) -> Checked:
        return sales_checks(load(self.input()["merged"]))


class ComputeSales(MonthlyTask):
    """sales.parquet: the merged products with sales_product = round(total_sales × price, 2)."""

    def requires(self) -> dict[str, Any]:
        return {"merged": MergeSources(month=self.month), "gate": ValidateSales(month=self.month)}

    def output(self) -> SharedTarget:
        return self.tmp("sales.parquet")

    def run(self) -> None:
        dump(self.output(), add_sales(load(self.input()["merged"])))


class ScoreProducts(MonthlyTask):
    """scored.parquet: the sales with the price z-score and the premium/ordinary segment."""

    def requires(self) -> ComputeSales:
        return ComputeSales(month=self.month)

    def output(self) -> SharedTarget:
        return self.tmp("scored.parquet")

    def run(self) -> None:
        dump(self.output(), add_zscore(load(self.input())))


class ValidateZScore(GateTask):
    """Z gate: one defined z per merged product; premium + ordinary = merged."""

    gate = "zscore"
    figures = {
        "premium": ("premium", int),
        "ordinary": ("ordinary", int),
        "price_mean": ("price_mean", float),
        "price_std": ("price_std", float),
    }

    def requires(self) -> ScoreProducts:
        return ScoreProducts(month=self.month)

    def evaluate(self) -> Checked:
        return zscore_checks(load(self.input()))


class ExportTask(MonthlyTask):
    """A deliverable of a month whose every gate passed."""

    def requires(self) -> dict[str, Any]:
        return {"scored": ScoreProducts(month=self.month), "gate": ValidateZScore(month=self.month)}

    def table(self, scored: pd.DataFrame) -> pd.DataFrame:
        raise NotImplementedError

    def content(self, scored: pd.DataFrame) -> Any:
        """What dump() writes: the table, or for a workbook the dict of write_xlsx's arguments."""
        return self.table(scored)

    def run(self) -> None:
        scored = load(self.input()["scored"])
        self.set_status_message(f"writing {len(scored)} products to {os.path.basename(self.output().path)}")
        dump(self.output(), self.content(scored))
        self.set_progress_percentage(100)


class ExportSalesXlsx(ExportTask):
    """sales_product.xlsx: every merged product with its revenue, best sellers first."""

    def output(self) -> SharedTarget:
        return self.staged("sales_product.xlsx")

    def table(self, scored: pd.DataFrame) -> pd.DataFrame:
        return sales_table(scored)

    def content(self, scored: pd.DataFrame) -> Any:
        return {"table": self.table(scored), "money": ("price", "sales_product"), "summary": sales_summary(scored)}


class ExportPremiumCsv(ExportTask):
    """premium.csv: the products with a price z-score ≥ 2."""

    def output(self) -> SharedTarget:
        return self.staged("premium.csv")

    def table(self, scored: pd.DataFrame) -> pd.DataFrame:
        return segment_table(scored, "premium")


class ExportOrdinaryCsv(ExportTask):
    """ordinary.csv: the products with a price z-score < 2."""

    def output(self) -> SharedTarget:
        return self.staged("ordinary.csv")

    def table(self, scored: pd.DataFrame) -> pd.DataFrame:
        return segment_table(scored, "ordinary")


class ExportRejects(MonthlyTask):
    """rejects.csv: every row a rule dropped, with its source, sheet row, key and reason."""

    def requires(self) -> dict[str, Any]:
        return {
            "gate": ValidateZScore(month=self.month),
            **{s: CleanSource(month=self.month, source=s) for s in SOURCES},
        }

    def output(self) -> SharedTarget:
        return self.staged("rejects.csv")

    def run(self) -> None:
        dump(self.output(), month_rejects(self.month, {s: load(self.input()[s]) for s in SOURCES}))


def month_rejects(month: datetime.date, triaged: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """Every row dropped by the given cleaned sources ({source: clean frame})."""
    return rejects_table(triaged, SOURCES, {s: layout.source_path(month, s).name for s in triaged})


EXPORTS = (ExportSalesXlsx, ExportPremiumCsv, ExportOrdinaryCsv, ExportRejects)


def gate_tasks(month: datetime.date) -> list[GateTask]:
    """Every gate of a month, in pipeline order (GATES; a gate per source once for each source)."""
    return [
        cls(month=month, source=s) if cls.per_source() else cls(month=month)
        for cls in GATES
        for s in (SOURCE_NAMES if cls.per_source() else [None])
    ]


def gate_figures() -> dict[str, tuple[str, str, type]]:
    """{figure: (gate, metric, int or float)} of every gate's declared figures, in pipeline order."""
    found = {}
    for cls in GATES:
        for source in SOURCE_NAMES if cls.per_source() else [""]:
            for figure, (metric, kind) in cls.figures.items():
                found[figure.format(source=source)] = (cls.gate.format(source=source), metric, kind)
    return found


def markers_of(targets: Iterable[SharedTarget]) -> dict[str, dict[str, Any]]:
    """{gate: marker} of the given marker files, in their order."""
    markers = [load(t) for t in targets]
    return {m["gate"]: m for m in markers}


def month_record(month: datetime.date) -> SharedTarget:
    """<tmp>/YYYY-MM/ledger.json: the month as last recorded in the ledger (removed when a failed attempt is)."""
    return layout.target(month, "tmp", "ledger.json")


def recorded(month: datetime.date) -> dict[str, Any]:
    """The month as RecordMonth last recorded it ({"run", "summary", "sources", "digest", "by"}); {} when it has no
    record (never recorded, its last attempt failed, or its intermediates were purged)."""
    target = month_record(month)
    try:
        return load(target)
    except (FileNotFoundError, ValueError):
        return {}


def read_from(month: datetime.date) -> dict[str, dict[str, Any]]:
    """{source: {"path", "fingerprint", "reading"}}: the export each raw frame of the month was read from (its
    content when it was read) and the settings that read it, as ExtractSource recorded them."""
    found = {}
    for source in SOURCES:
        record = freshness.read_record(ExtractSource(month=month, source=source)) or {"inputs": {}, "settings": {}}
        ((path, fingerprint),) = record["inputs"].items() or [(layout.logical(layout.source_path(month, source)), None)]
        found[source] = {"path": path, "fingerprint": fingerprint, "reading": record["settings"]}
    return found


def sources_summary(month: datetime.date, read: dict[str, dict[str, Any]]) -> dict[str, Any]:
    """The folder and the three files a month was read from (for the summary and the report)."""
    folders = {r["path"].rpartition("/")[0] for r in read.values()}
    return {
        "folder": folders.pop() if len(folders) == 1 else "",
        "files": {
            s: {
                "label": SOURCES[s].label,
                "path": r["path"],
                "name": os.path.basename(r["path"]),
                "sha256": (r["fingerprint"] or {}).get("sha256", ""),
            }
            for s, r in read.items()
        },
        "settings": layout.month_settings(month).described(),
    }


class ReportMonth(MonthlyTask):
    """report.html: the month-close report (figures, gates, warnings, charts), compared with the previous month."""

    def requires(self) -> dict[str, Any]:
        return {
            "exports": [cls(month=self.month) for cls in EXPORTS],
            "gates": gate_tasks(self.month),
            "scored": ScoreProducts(month=self.month),
            **{s: CleanSource(month=self.month, source=s) for s in SOURCES},
        }

    def values(self) -> dict[str, Any]:
        # what the report compares with: when the previous month is recorded again with other figures, or its
        # last attempt failed, the report is stale
        return {"previous month": recorded(layout.month_before(self.month)).get("digest")}

    def output(self) -> SharedTarget:
        return self.staged("report.html")

    def run(self) -> None:
        month = layout.month_name(self.month)
        locks.wait_for_record(
            RecordMonth(month=layout.month_before(self.month)).task_id,
            luigi.worker.worker().max_keep_alive_idle_duration.total_seconds(),
        )
        self.made_from["values"] = freshness.plain(self.values())  # as it is once the month before is recorded
        markers, scored = markers_of(self.input()["gates"]), load(self.input()["scored"])
        files = [Path(t.path) for t in self.input()["exports"]]  # linked by name
        summary = summarize(
            month,
            markers,
            scored,
            [layout.logical(layout.month_dir(self.month, "output") / f.name) for f in files],
            sources_summary(self.month, read_from(self.month)),
        )
        triaged = {s: load(self.input()[s]) for s in SOURCES}
        history = ledger.run_history(layout.db_path(), month, session.started(self.month) or 0)
        context = report_context(
            summary, markers, triaged, scored, ledger.previous(layout.db_path(), month), files, history
        )
        for export in context["unchanged"]:
            log.warning(
                "%s: the %s export %s is byte for byte the file %s was made from (sha256 %s…): if this month's export "
                "was not put in, these are %s's figures",
                month,
                export["label"],
                export["path"],
                context["previous_month"],
                export["sha256"][:12],
                context["previous_month"],
            )
        dump(self.output(), templates().get_template("report.html").render(context))


class PublishMonth(MonthlyTask):
    """<output>/YYYY-MM/: the month's deliverables, published together or not at all."""

    def requires(self) -> list[MonthlyTask]:
        return [cls(month=self.month) for cls in (*EXPORTS, ReportMonth)]

    def deliverables(self) -> list[SharedTarget]:
        return [layout.target(self.month, "output", os.path.basename(t.output().path)) for t in self.requires()]

    def output(self) -> list[SharedTarget]:
        """The deliverables; on S3, and their manifest, written last (remote.publish_set)."""
        files = self.deliverables()
        return files + [layout.target(self.month, "output", MANIFEST)] if files[0].url else files

    def run(self) -> None:
        locks.still_held(self.month, "publishing it")
        folder = layout.month_dir(self.month, "output")
        made = [t.path for t in self.input()]
        # what a person changed or put in the month's folder is kept beside it (on S3: in the bucket, not in the
        # working copy, which no person uses)
        before = (freshness.read_record(self) or {}).get("outputs", {})
        url = layout.logical(folder)
        if remote.is_remote(url):
            publish(made, folder)
            kept = remote.publish_set({t.path: origin for t, origin in zip(self.deliverables(), made)}, url, before)
        else:
            kept = [str(p) for p in publish(made, folder, before)]
        names = {os.path.basename(p) for p in made}
        for copy in kept:
            name = os.path.basename(copy)
            log.warning(
                "%s/%s: %s; what was there is kept in %s",
                url,
                name,
                "changed since the month published it: it is published again as the month makes it"
                if name in names
                else "not one of the month's files (put there by hand): the month's folder holds its files alone",
                copy,
            )


def comparison_digest(month: str, figures_: dict[str, Any], scored: pd.DataFrame) -> str:
    """A fingerprint of what the next month's report compares with: the month's figures and each product's segment."""
    import hashlib
    import json

    ranked = scored.sort_values("product_id")
    digest = hashlib.sha256(
        json.dumps(
            {"month": month, **{k: figures_[k] for k in ("merged", "total_revenue", "premium", "ordinary")}},
            sort_keys=True,
        ).encode()
    )
    digest.update(ranked["product_id"].to_numpy(dtype="int64").tobytes())
    digest.update(ranked["segment"].eq("premium").to_numpy(dtype=bool).tobytes())
    return digest.hexdigest()


class RecordMonth(MonthlyTask):
    """ledger.json: the month's run and summary as written to the ledger ([paths] db)."""

    last = True

    def requires(self) -> dict[str, Any]:
        return {
            "published": PublishMonth(month=self.month),
            "gates": gate_tasks(self.month),
            "scored": ScoreProducts(month=self.month),
        }

    def output(self) -> SharedTarget:
        return month_record(self.month)

    def still_valid(self) -> bool:
        """The ledger says what this record says: the month ok, recorded by this run (a failed attempt recorded
        since, or a ledger started afresh, has the month recorded again)."""
        try:
            row = ledger.run_of(layout.db_path(), layout.month_name(self.month))
            return (
                row is not None and row["status"] == "ok" and row["finished"] == load(self.output())["run"]["finished"]
            )
        except (FileNotFoundError, ValueError, KeyError, ledger.LedgerError):
            return False

    def run(self) -> None:
        locks.still_held(self.month, "recording it")
        month = layout.month_name(self.month)
        markers, scored = markers_of(self.input()["gates"]), load(self.input()["scored"])
        deliverables = PublishMonth(month=self.month).deliverables()
        published = [t.path for t in deliverables]  # here: inputs of this step, brought here when it started
        read = read_from(self.month)
        finished = time.time()
        month_figures = figures(markers, scored)
        run = ledger.run_row(
            month,
            "ok",
            session.started(self.month) or finished,
            finished,
            month_figures,
            {s: ledger.file_facts(s, r["path"], r["fingerprint"]) for s, r in read.items()},
            published=max(map(os.path.getmtime, published)),
        )
        checks = ledger.check_rows(month, [(g, m["checks"]) for g, m in markers.items()])
        remote.flush()  # on S3: every file of the month in the bucket before the ledger says it is done
        ledger.record(layout.db_path(), run, checks, ledger.product_rows(month, scored), retries().ledger_wait)
        failures.clear(self.month)  # what earlier attempts left (their failure records, the rows they dropped) is over
        dump(
            self.output(),
            {
                "run": run,
                "summary": summarize(
                    month, markers, scored, [t.name for t in deliverables], sources_summary(self.month, read)
                ),
                "sources": read,
                "digest": comparison_digest(month, month_figures, scored),
                "by": session.WORKER,
            },
        )


class ArchiveMonth(MonthlyTask):
    """<[archive] url>/YYYY-MM/: the month's deliverables copied off the machine, with a manifest of them."""

    remote = True  # the copy is judged by its manifest there

    def requires(self) -> dict[str, Any]:
        return {"published": PublishMonth(month=self.month), "recorded": RecordMonth(month=self.month)}

    def where(self) -> str:
        """Where the month's copy goes (RunMonthly requires this step only when [archive] url is set)."""
        where = archive.destination(self.month)
        if where is None:
            raise PipelineError(f"{self}: [archive] url is not set, so there is no off-site copy to make")
        return where

    def output(self) -> Any:
        return archive.Store(self.where()).target(archive.MANIFEST)

    def still_valid(self) -> bool:
        return archive.copied([t.fetch() for t in PublishMonth(month=self.month).deliverables()], self.where())

    def run(self) -> None:
        where = self.where()
        self.set_status_message(f"copying to {where}/")
        archive.copy_month([t.path for t in PublishMonth(month=self.month).deliverables()], where)  # inputs: here
        log.info("wine_luigi %s: copied to %s/", layout.month_name(self.month), where)


FIRST_YEAR = 1900  # no shop exported a month before (and the month before year 1 is no date at all)


def month_that_can_be(day: datetime.date, said: str) -> datetime.date:
    """`day`, unless its month has not begun or is before FIRST_YEAR: then SystemExit with one line (`said` names
    the command-line value)."""
    today = max(datetime.date.today(), datetime.datetime.now(datetime.timezone.utc).date())
    month = f"{day.year:04d}-{day.month:02d}"
    if day.replace(day=1) > today:
        raise SystemExit(f"{said}: {month} has not begun (today is {today}): its exports cannot exist yet")
    if day.year < FIRST_YEAR:
        raise SystemExit(f"{said}: {month} is before {FIRST_YEAR}: not a month of the shop's exports")
    return day


class DayParameter(luigi.DateParameter):
    """A YYYY-MM-DD date of a month that has begun; a missing or malformed one stops the command with a message,
    not a traceback."""

    def parse(self, s: str) -> datetime.date:
        try:
            day = super().parse(s)
        except ValueError:
            raise SystemExit(f"--date {s!r} is not a date: give a day as YYYY-MM-DD, e.g. 2026-01-15") from None
        return month_that_can_be(day, f"--date {s}")

    def has_task_value(self, task_name: str, param_name: str) -> bool:
        if not super().has_task_value(task_name, param_name):
            raise SystemExit(
                f"{task_name} needs --date: give any day of the month to build as YYYY-MM-DD, e.g. --date 2026-01-15"
            )
        return True


_forced: set[Any] = set()  # months whose records this process removed for --force


class RunMonthly(Command, luigi.WrapperTask):
    """The month's deliverables; the entry point (`luigi --module wine_luigi RunMonthly --date ...`)."""

    date = DayParameter(description="any day of the month to build (YYYY-MM-DD)")
    force = luigi.BoolParameter(
        default=False, significant=False, description="build the month again even when it is up to date"
    )
    kept = None  # what kept_as_built() said, when it kept the month as built

    @property
    def priority(self) -> int:  # type: ignore[override]  # Luigi's is an attribute; a property serves it as well
        return month_priority(self.date)

    def requires(self) -> list[MonthlyTask]:
        steps = [PublishMonth(month=self.date), RecordMonth(month=self.date)]
        return steps + [ArchiveMonth(month=self.date)] if archive.destination(self.date) else steps

    def complete(self) -> bool:
        return judged(self, self.date, self.done_or_held)

    def done_or_held(self) -> bool:
        """Whether the month is done; when it is not, this command will build it, and holds it first (locks.py: no
        other command may build it at the same time), so that a backfill holds exactly the months it builds."""
        if self.force and self.date.replace(day=1) not in _forced:
            locks.hold(self.date)
            _forced.add(self.date.replace(day=1))
            layout.remove_folder(layout.month_dir(self.date, "tmp") / layout.RECORDS)  # every step runs again
            return False
        done = self.done()
        if not done:
            locks.hold(self.date)
        return done

    def done(self) -> bool:
        """Every step of the month up to date; or its deliverables kept as final: a month whose intermediates were
        purged, or a finished month that this command's settings cannot read (it is not undone by them)."""
        seen: dict[str, Any] = {}
        with remote.one_look():
            return all(up_to_date(r, seen) for r in self.requires()) or archived(self.date) or self.stays_as_built()

    def stays_as_built(self) -> bool:
        """A finished month that this command's settings cannot read: done, and said in one line, once (a
        backfill does not schedule a month that is done, so this is where it is said)."""
        said = bool(self.kept)
        self.kept = kept_as_built(self.date)
        if self.kept and not said:
            month = layout.month_name(self.date)
            own = Path(layout.roots().sources) / month / settings.MONTH_FILE
            log.info(
                "wine_luigi %s: done, as built (%s): %s; to keep a month's settings for every command, write them in "
                "%s",
                month,
                layout.logical(layout.month_dir(self.date, "output")),
                "; ".join(self.kept),
                own,
            )
        return bool(self.kept)

    def run(self) -> None:
        where = archive.destination(self.date)
        if where:  # the ledger says where the month's copy is (it may have been made by an earlier run)
            ledger.set_archive(layout.db_path(), layout.month_name(self.date), f"{where}/", retries().ledger_wait)
        log.info("\n".join(summary_lines(recorded(self.date)["summary"])))


def archived(month: datetime.date) -> bool:
    """Deliverables all present and intermediates purged."""
    outputs = PublishMonth(month=month).output()
    return all(o.exists() for o in outputs) and not layout.month_exists(month, "tmp")


def kept_as_built(month: datetime.date) -> list[str] | None:
    """[what to say of each export] when the month is finished and this command's settings cannot read it while
    the exports it was built from are still there, unchanged (settings given on another command's line: the month
    then stays as it is); None otherwise.

    Finished: recorded ok in the ledger, its deliverables as published. A setting that can read the export, or
    another export where it was, builds the month again as usual."""
    record = recorded(month)
    if "sources" not in record or not RecordMonth(month=month).still_valid():
        return None
    published = freshness.read_record(PublishMonth(month=month))
    if published is None or not all(freshness.same(p, seen) for p, seen in published["outputs"].items()):
        return None
    said = []
    for source, built in record["sources"].items():
        if built["fingerprint"] is None or not freshness.same(built["path"], built["fingerprint"]):
            return None  # the export it was built from changed or is gone: the month is built again (or fails)
        here = layout.source_path(month, source)
        now_path, now = layout.logical(here), layout.month_settings(month).reading(source)
        if now_path == built["path"] and now == built["reading"]:
            continue
        if not layout.file_target(here).exists():
            why = "which is not there"
        elif now_path != built["path"]:
            return None  # another export where it was: the month is built again
        else:
            problem = cannot_read(
                layout.file_target(here).fetch(), source, now
            )  # read once: why, or None when these settings can read it
            if problem is None:
                return None
            why = f"which these settings cannot read ({problem})"
        said.append(f"this command's settings name {now_path}, {why}; it was built from {built['path']}")
    return said or None


def cannot_read(path: str | Path, source: str, reading: dict[str, Any]) -> str | None:
    """Why `reading` (a source's settings) cannot read the export at `path`, or None when it can."""
    from wine_luigi.raw_frame import header_cells, header_names, without_blank_rows

    try:
        encoding, delimiter, decimal = reading["csv"]
        options = ReadOptions(encoding, delimiter, decimal, sheet=reading.get("sheet", ""))
        cells, _ = read_cells(Path(path), options)
    except LoadError as error:
        return str(error).removeprefix(f"{path}: ")
    names = header_names(header_cells(without_blank_rows(cells)), reading["columns"])
    missing = [c for c in SOURCES[source].required if c not in names]
    return f"no column {', '.join(missing)}" if missing else None
