"""A wine_luigi whose merge gate waits while the file named by WINE_LUIGI_HOLD exists: a worker in the middle of
a step, for as long as a test needs (it creates <hold>.reached when the step has started)."""

import os
import time

from wine_luigi import tasks

_evaluate = tasks.ValidateMerge.evaluate


def held(self):
    hold = os.environ["WINE_LUIGI_HOLD"]
    open(hold + ".reached", "w").close()
    while os.path.exists(hold):
        time.sleep(0.05)
    return _evaluate(self)


tasks.ValidateMerge.evaluate = held
