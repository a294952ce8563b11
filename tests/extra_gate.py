"""A wine_luigi with one more gate, declared as docs/development.md says: one class plus its checks."""

from wine_luigi import tasks
from wine_luigi.claims import at_least
from wine_luigi.storage import load


def stock_checks(scored):
    """The checks of the new gate: (checks, metrics)."""
    stocked = int((scored["stock_quantity"] > 0).sum())
    check = at_least(
        "stock_some_product_in_stock", "some merged product is in stock", stocked, 1, "no product in stock"
    )
    return [check], {"stocked": stocked}


class ValidateStock(tasks.GateTask):
    """Stock gate: some merged product is in stock."""

    gate = "stock"
    figures = {"stocked": ("stocked", int)}

    def requires(self):
        return tasks.ScoreProducts(month=self.month)

    def evaluate(self):
        return stock_checks(load(self.input()))
