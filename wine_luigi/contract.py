"""The column contract of the three sources, as data (SPEC: Sources)."""

from dataclasses import dataclass


@dataclass(frozen=True)
class Column:
    name: str
    type: str  # "int", "number" or "text"
    nullable: bool = True
    key: bool = False
    allowed: tuple = ()
    html: bool = False  # the shop's tool stores it HTML-escaped (&amp;): decoded once, at extraction
    whole: bool = False  # a count: a number, and a whole one (the quality gate names any other)
    unit: str = ""  # a currency sign the shop's tools may write beside the number in CSV (24,20 €): dropped there


@dataclass(frozen=True)
class Source:
    name: str
    label: str
    columns: tuple
    # (column, value, reason): rows whose column equals value leave the flow with that reason
    discard: tuple = ()
    # columns that describe a rejected row in the rejects file
    describe: tuple = ()

    @property
    def keys(self) -> list[str]:
        return [c.name for c in self.columns if c.key]

    @property
    def required(self) -> list[str]:
        return [c.name for c in self.columns]

    def column(self, name: str) -> Column:
        return next(c for c in self.columns if c.name == name)


ERP = Source(
    name="erp",
    label="ERP",
    columns=(
        Column("product_id", "int", nullable=False, key=True),
        Column("onsale_web", "int", nullable=False, allowed=(0, 1)),
        Column("price", "number", unit="€"),
        Column("stock_quantity", "int"),
        Column("stock_status", "text", allowed=("instock", "outofstock")),
    ),
)

WEB = Source(
    name="web",
    label="web shop",
    columns=(
        Column("sku", "text", nullable=False, key=True),
        Column("total_sales", "number", whole=True),
        Column("post_title", "text", html=True),
        Column("post_type", "text", nullable=False, allowed=("product", "attachment")),
    ),
    discard=(("post_type", "attachment", "attachment"),),
    describe=("post_type", "post_title"),
)

LINK = Source(
    name="link",
    label="link table",
    columns=(
        Column("product_id", "int", nullable=False, key=True),
        Column("id_web", "text", nullable=False, key=True),
    ),
    describe=("id_web",),
)

SOURCES = {s.name: s for s in (ERP, WEB, LINK)}
SOURCE_NAMES = tuple(SOURCES)  # ("erp", "web", "link"), in the order every table and message lists them
CELL_LIMIT = 32_767  # characters an Excel cell holds: readers cut longer text there, the workbook writer too
