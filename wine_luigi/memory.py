"""The allocator Arrow uses while a month is built."""

import functools
import os


@functools.cache
def use_jemalloc() -> bool:
    """Arrow allocates from jemalloc where pyarrow ships it (its Linux and macOS wheels) instead of its default,
    mimalloc, which here hands the pages of each large column back to the system and faults them in again: a cold
    month of a shop a hundred times this one then takes 0.4 s less and 80–90 MB less memory (`make bench`).
    Set ARROW_DEFAULT_MEMORY_POOL (jemalloc, mimalloc, system) to choose another; it is then left alone."""
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return False
    import pyarrow as pa

    try:
        pa.set_memory_pool(pa.jemalloc_memory_pool())
    except NotImplementedError:  # a pyarrow built without it (Windows)
        return False
    return True
