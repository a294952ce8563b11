"""A wine_luigi with a bug in the z-score step, to see how an unexpected crash is reported."""

from wine_luigi import tasks


def broken_zscore(sales):
    return sales["price"] / 0 + sales["no_such_column"]


tasks.add_zscore = broken_zscore
