"""Operations that are not a step of a month: backfills, purging old intermediates."""

import datetime
import logging
import time
from pathlib import Path

import luigi
import luigi.tools.range

from wine_luigi import layout
from wine_luigi.command.shell import Command

log = logging.getLogger("luigi-interface.wine_luigi")


class OptionalDateParameter(luigi.parameter.OptionalParameterMixin, luigi.DateParameter):  # type: ignore[misc]
    expected_type = datetime.date


class MonthArgument(luigi.MonthParameter):
    """A YYYY-MM month on the command line; another form stops the command with one line, not a traceback."""

    def parse(self, s: str) -> datetime.date:
        try:
            return super().parse(s)
        except ValueError:
            raise SystemExit(f"{s!r} is not a month: give it as YYYY-MM, e.g. --start 2026-01") from None


class TaskArgument(luigi.TaskParameter):
    """A task named on the command line (`--of RunMonthly`); an unknown one stops the command with one line."""

    def parse(self, s: str) -> type[luigi.Task]:
        try:
            return super().parse(s)
        except luigi.task_register.TaskClassException:
            raise SystemExit(f"--of {s}: no such task; a backfill builds RunMonthly (--of RunMonthly)") from None


class RangeMonthly(Command, luigi.tools.range.RangeMonthly):
    """Luigi's RangeMonthly (`RangeMonthly --of RunMonthly --start … --stop …`), with the settings checked first,
    building every month it is asked for that has its own folder of exports (`<sources>/YYYY-MM/`): the exports at
    the top of the sources folder are the current ones, not those of every month.

    Unlike Luigi's, it goes back to --start whatever --months-back says, and a range of more months than
    --task-limit is refused at start rather than cut short without a word.

    A subclass of the same name takes the place of Luigi's in its registry, so the command line is unchanged."""

    of = TaskArgument(description="the task to build for each month: RunMonthly")
    start = MonthArgument(default=None, description="the first month, inclusive (YYYY-MM)")  # type: ignore[arg-type]
    stop = MonthArgument(
        default=None,  # type: ignore[arg-type]
        description="the month after the last one, exclusive (YYYY-MM); default: this month included",
    )
    task_limit = luigi.IntParameter(
        default=1200, description="the most months one call may build (refused at start beyond)"
    )

    def check_arguments(self) -> None:
        if self.start and self.stop and self.start > self.stop:
            raise SystemExit(f"RangeMonthly: --start {self.start:%Y-%m} is after --stop {self.stop:%Y-%m}")
        if self.start:
            now = datetime.datetime.fromtimestamp(
                time.time() if self.now is None else self.now, tz=datetime.timezone.utc
            )
            last = self.moving_stop(now.replace(tzinfo=None))
            end = min(last, self.parameter_to_datetime(self.stop)) if self.stop else last
            months = (end.year - self.start.year) * 12 + end.month - self.start.month
            if months > self.task_limit:
                raise SystemExit(
                    f"RangeMonthly: {months} months from {self.start:%Y-%m}, more than --task-limit {self.task_limit}: "
                    f"give --task-limit {months} or a shorter range"
                )

    def moving_start(self, now: datetime.datetime) -> datetime.datetime:
        start = super().moving_start(now)  # --months-back before now
        return min(start, self.parameter_to_datetime(self.start)) if self.start else start

    def finite_datetimes(
        self, finite_start: datetime.datetime, finite_stop: datetime.datetime
    ) -> list[datetime.datetime]:
        months = super().finite_datetimes(finite_start, finite_stop)
        own = [m for m in months if layout.own_folder(m.date()) is not None]
        skipped = [m for m in months if m not in own]
        if skipped and not getattr(self, "_said", False):  # Luigi asks twice: for the range, then for its metrics
            self._said = True
            log.info(
                "RangeMonthly: skipping %s: no folder of their own (%s/YYYY-MM/) to read their exports from",
                ", ".join(f"{m:%Y-%m}" for m in skipped),
                layout.roots().sources,
            )
        return own


class Purge(Command, luigi.Task):
    """Deletes the intermediates (<tmp>/YYYY-MM/) of months older than --keep-months; never a deliverable."""

    keep_months = luigi.IntParameter(
        default=12, description="months of intermediates to keep before the reference month"
    )
    date = OptionalDateParameter(default=None, description="reference day (default: today)")

    def stale_months(self) -> list[Path]:
        return layout.months_before(self.date, self.keep_months)

    def complete(self) -> bool:
        return not self.stale_months()

    def run(self) -> None:
        freed = 0
        for folder in self.stale_months():
            size = layout.size_of(folder)
            layout.remove_folder(folder)
            freed += size
            log.info("purged %s (%s)", folder, layout.human_size(size))
        log.info("purge: %s freed", layout.human_size(freed))


@Purge.event_handler(luigi.Event.DEPENDENCY_PRESENT)
def _nothing_to_purge(task: Purge) -> None:
    log.info(
        "purge: nothing to purge (no intermediates in %s of a month before %s)",
        layout.roots().tmp,
        layout.cutoff(task.date, task.keep_months),
    )
