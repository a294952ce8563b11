"""Operations that are not a step of a month: backfills, purging old intermediates."""
import datetime
import logging
import shutil

import luigi
import luigi.tools.range

from wine_luigi import layout, preflight

log = logging.getLogger("luigi-interface.wine_luigi")


class OptionalDateParameter(luigi.parameter.OptionalParameterMixin, luigi.DateParameter):
    expected_type = datetime.date


class RangeMonthly(preflight.Checked, luigi.tools.range.RangeMonthly):
    """Luigi's RangeMonthly (`RangeMonthly --of RunMonthly --start … --stop …`), with the settings checked first,
    building only the months that have their own folder of exports (`<sources>/YYYY-MM/`): the exports at the top
    of the sources folder are the current ones, not those of every month.

    A subclass of the same name takes the place of Luigi's in its registry, so the command line is unchanged."""

    def finite_datetimes(self, finite_start, finite_stop):
        months = super().finite_datetimes(finite_start, finite_stop)
        own = [m for m in months if layout.own_folder(m.date()) is not None]
        skipped = [m for m in months if m not in own]
        if skipped and not getattr(self, "_said", False):  # Luigi asks twice: for the range, then for its metrics
            self._said = True
            log.info("RangeMonthly: skipping %s: no folder of their own (%s/YYYY-MM/) to read their exports from",
                     ", ".join(f"{m:%Y-%m}" for m in skipped), layout.roots().sources)
        return own


class Purge(preflight.Checked, luigi.Task):
    """Deletes the intermediates (<tmp>/YYYY-MM/) of months older than --keep-months; never a deliverable."""

    keep_months = luigi.IntParameter(default=12, description="months of intermediates to keep before the reference month")
    date = OptionalDateParameter(default=None, description="reference day (default: today)")

    def stale_months(self):
        return layout.months_before(self.date, self.keep_months)

    def complete(self):
        return not self.stale_months()

    def run(self):
        freed = 0
        for folder in self.stale_months():
            size = layout.size_of(folder)
            shutil.rmtree(folder)
            freed += size
            log.info("purged %s (%s)", folder, layout.human_size(size))
        log.info("purge: %s freed", layout.human_size(freed))


@Purge.event_handler(luigi.Event.DEPENDENCY_PRESENT)
def _nothing_to_purge(task):
    log.info("purge: nothing to purge (no intermediates in %s of a month before %s)", layout.roots().tmp, layout.cutoff(task.date, task.keep_months))
