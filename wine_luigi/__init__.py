"""BottleNeck's monthly sales figures from three Excel exports, as a Luigi task graph.

    luigi --module wine_luigi RunMonthly --date 2026-01-15 --local-scheduler
"""
from luigi.tools.range import RangeMonthly  # noqa: F401  (so `--module wine_luigi RangeMonthly` resolves)

from wine_luigi import runs  # noqa: F401  (reports each month when the luigi command exits)
from wine_luigi.config import notify, paths, retries, source_files  # noqa: F401
from wine_luigi.tasks import (  # noqa: F401
    CleanSource,
    ComputeSales,
    ExportOrdinaryCsv,
    ExportPremiumCsv,
    ExportRejects,
    ExportSalesXlsx,
    ExtractSource,
    MergeSources,
    Purge,
    RunMonthly,
    ScoreProducts,
    SourceWorkbook,
    ValidateLoad,
    ValidateMerge,
    ValidateSales,
    ValidateSource,
    ValidateZScore,
)
