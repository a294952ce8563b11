"""Completeness like make: a step is done when its outputs exist, its dependencies are done, and none of its
outputs is older than one of its inputs (the outputs of its dependencies, and the files it also reads)."""
import os

from luigi.task import flatten


def mtime(target):
    return os.stat(target.path).st_mtime_ns


def extra_inputs(task):
    """Files a step reads besides its dependencies' outputs (e.g. the previous month's record); only those present."""
    extra = getattr(task, "extra_inputs", None)
    return [t for t in (extra() if extra else []) if t.exists()]


def up_to_date(task, seen):
    """complete() of `task`, each upstream task judged once per call (`seen`: task_id -> (complete, outputs))."""
    if task.task_id in seen:
        return seen[task.task_id][0]
    outputs = flatten(task.output())
    if getattr(task, "judged_by_content", False):  # outputs elsewhere (an off-site copy): no timestamps to compare
        done = all(up_to_date(d, seen) for d in flatten(task.requires())) and _made_as_now(task)
    else:
        done = bool(outputs) and all(o.exists() for o in outputs) and _inputs_older(task, outputs, seen) and _made_as_now(task)
    seen[task.task_id] = (done, outputs)
    return done


def _made_as_now(task):
    """A step whose output also depends on settings (how an export is read) says whether it was made with the
    current ones; a step that depends on files alone has no such check."""
    check = getattr(task, "made_as_now", None)
    return check() if check else True


def _inputs_older(task, outputs, seen):
    dependencies = flatten(task.requires())
    if not all(up_to_date(d, seen) for d in dependencies):
        return False
    inputs = [t for d in dependencies for t in seen[d.task_id][1]] + extra_inputs(task)
    try:
        return not inputs or min(map(mtime, outputs)) >= max(map(mtime, inputs))
    except FileNotFoundError:  # removed while we looked: not complete
        return False


def fresh(tasks):
    """The tasks of `tasks` that are up to date, judged together; one that cannot be judged is not."""
    seen = {}

    def judged(task):
        try:
            return up_to_date(task, seen)
        except Exception:  # reported as a scheduling error of the step; here it only counts as not fresh
            return False

    return [t for t in tasks if judged(t)]


def stamp_outputs(task):
    """Make the outputs of a step that just ran at least as new as its inputs.

    An input stamped in the future (a file from a machine whose clock is ahead) would otherwise leave the step
    stale for ever, as in make's "clock skew". A step judged by content has no timestamps to keep."""
    if getattr(task, "judged_by_content", False):
        return
    inputs = [t for d in flatten(task.requires()) for t in flatten(d.output())] + extra_inputs(task)
    newest = max(map(mtime, inputs), default=0)
    for output in flatten(task.output()):
        if mtime(output) < newest:
            os.utime(output.path, ns=(newest, newest))
