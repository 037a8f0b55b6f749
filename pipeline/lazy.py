"""``lazy``: an attribute computed on first use and then stored on the instance.

Like :class:`functools.cached_property`, without the lock it takes on every first access in Python
3.11: the validator creates a few hundred thousand short-lived check contexts a run, each touching
several such attributes once, and none of them is shared between threads.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Generic, TypeVar

T = TypeVar("T")


class lazy(Generic[T]):
    def __init__(self, func: Callable[[Any], T]) -> None:
        self.func = func
        self.name = func.__name__
        self.__doc__ = func.__doc__

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, instance: Any, owner: type | None = None) -> T:
        if instance is None:
            return self  # type: ignore[return-value]
        value = self.func(instance)
        instance.__dict__[self.name] = value  # later reads find it there and never come back here
        return value
