"""Load and dump a target by its file type; every dump goes through target.open("w"), so it is atomic."""
import json

import pandas as pd

from wine_luigi.export import write_csv, write_xlsx


def load(target):
    path = target.path
    if path.endswith(".parquet"):
        return pd.read_parquet(path)
    if path.endswith(".json"):
        with target.open("r") as f:
            return json.load(f)
    raise ValueError(f"no loader for {path}")


def dump(target, obj):
    path = target.path
    with target.open("w") as f:
        if path.endswith(".parquet"):
            obj.to_parquet(f, index=False)
        elif path.endswith(".json"):
            json.dump(obj, f, indent=2, ensure_ascii=False, default=str)
            f.write("\n")
        elif path.endswith(".csv"):
            write_csv(obj, f)
        elif path.endswith(".xlsx"):
            write_xlsx(**obj, f=f) if isinstance(obj, dict) else write_xlsx(obj, f)
        elif path.endswith(".html"):
            f.write(obj)
        else:
            raise ValueError(f"no writer for {path}")
