"""Settings read from luigi.cfg; every one is overridable on the command line (--paths-sources ...)."""

import luigi

from wine_luigi.contract import SOURCE_NAMES, SOURCES, Source


class paths(luigi.Config):
    """[paths]: where the month's inputs, intermediates, deliverables and ledger live."""

    sources = luigi.Parameter(
        default="data/sources",
        description="folder of the three workbooks (or s3://bucket/prefix); a YYYY-MM sub-folder, when present, "
        "wins for its month",
    )
    tmp = luigi.Parameter(default="data/tmp", description="per-month parquet intermediates and gate markers")
    output = luigi.Parameter(default="data/output", description="per-month deliverables")  # type: ignore[assignment]
    db = luigi.Parameter(
        default="data/wine_luigi.db", description="the ledger of runs: a SQLite file, or postgresql://user@host/db"
    )
    cache = luigi.Parameter(
        default="data/cache", description="this machine's working copy of the folders that are on S3"
    )


class source_files(luigi.Config):
    """[source_files]: the file name of each export inside the sources folder, and for a workbook the sheet to read."""

    erp = luigi.Parameter(default="Fichier_erp.xlsx", description="ERP stock and prices")
    web = luigi.Parameter(default="Fichier_web.xlsx", description="WooCommerce export")
    link = luigi.Parameter(default="fichier_liaison.xlsx", description="ERP product_id to web sku")
    erp_sheet = luigi.Parameter(
        default="", description="the sheet of the ERP workbook to read (default: its first visible sheet)"
    )
    web_sheet = luigi.Parameter(
        default="", description="the sheet of the web shop workbook to read (default: its first visible sheet)"
    )
    link_sheet = luigi.Parameter(
        default="", description="the sheet of the link workbook to read (default: its first visible sheet)"
    )


class retries(luigi.Config):
    """[retries]: how often reading a workbook is tried within one run (gates are never retried)."""

    read_attempts = luigi.IntParameter(default=3, description="attempts to find and read each workbook")
    ledger_wait = luigi.FloatParameter(
        default=60, description="seconds a run waits, once, for a ledger another process keeps locked"
    )


class notify(luigi.Config):
    """[notify]: the month's emails (sent with Luigi's [email] and [smtp] settings)."""

    success_email = luigi.BoolParameter(default=False, description="also email the summary of a month that succeeded")
    templates = luigi.Parameter(default="", description="folder of your own templates, used before the built-in ones")


class csv(luigi.Config):
    """[csv]: how CSV exports are read; "auto" finds it per file (--csv-decimal , forces a decimal comma)."""

    encoding = luigi.Parameter(
        default="auto", description="auto (UTF-8 with or without BOM, else cp1252), or a codec: utf-8, cp1252, …"
    )
    delimiter = luigi.Parameter(default="auto", description="auto (from the header line), or ; , tab |")
    decimal = luigi.Parameter(default="auto", description="auto (from the number columns), or , .")


def _columns_section(source: Source) -> type[luigi.Config]:
    """[<source>_columns]: option = contract column, value = its header in the file (default: the same name)."""
    parameters = {
        c.name: luigi.Parameter(default=c.name, description=f"header of the {source.label} export's {c.name} column")
        for c in source.columns
    }
    doc = f"[{source.name}_columns]: the headers of the {source.label} export, when a tool or a person renamed them."
    return type(f"{source.name}_columns", (luigi.Config,), {"__doc__": doc, "__module__": __name__, **parameters})


erp_columns, web_columns, link_columns = (_columns_section(SOURCES[s]) for s in SOURCE_NAMES)
COLUMNS = {"erp": erp_columns, "web": web_columns, "link": link_columns}
