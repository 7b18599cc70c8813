"""Reference tables and patterns built on first use, once per process; `build_all` builds every one of them
at once, so that a worker about to serve, or a benchmark about to time, does not pay for them on its first
article (the largest alternations take a tenth of a second to compile)."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache
from typing import TypeVar

T = TypeVar("T")
_BUILDERS: list[Callable[[], object]] = []


def built_once(build: Callable[[], T]) -> Callable[[], T]:
    """`build()`'s result, kept for the process, and registered for `build_all`."""
    cached = lru_cache(maxsize=1)(build)
    _BUILDERS.append(cached)
    return cached


def build_all() -> int:
    """Builds every registered table and pattern; returns how many."""
    for build in _BUILDERS:
        build()
    return len(_BUILDERS)
