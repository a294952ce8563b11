"""BottleNeck's monthly sales figures from three Excel exports, as a Luigi task graph.

luigi --module wine_luigi RunMonthly --date 2026-01-15 --local-scheduler
"""

from wine_luigi.command import end_of_run, log_lines  # noqa: F401  (what the command logs; step timings and the report of each month)
from wine_luigi.config import notify, paths, retries, source_files  # noqa: F401
from wine_luigi.operations import Purge, RangeMonthly  # noqa: F401  (RangeMonthly: Luigi's, settings checked first)
from wine_luigi.tasks import (  # noqa: F401
    CleanSource,
    ComputeSales,
    ExportOrdinaryCsv,
    ExportPremiumCsv,
    ExportRejects,
    ExportSalesXlsx,
    ExtractSource,
    MergeSources,
    RunMonthly,
    ScoreProducts,
    SourceWorkbook,
    ValidateLoad,
    ValidateMerge,
    ValidateSales,
    ValidateSource,
    ValidateZScore,
)
