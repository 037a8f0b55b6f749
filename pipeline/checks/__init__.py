"""Clinical-safety checks for translations; importing this package registers them all."""

from . import language, markup, numbers, policy, tokens  # noqa: F401  (registration)
from .base import ENTRY_REGISTRY, ERROR, INFO, REGISTRY, WARNING, CheckInfo, EntryContext, Finding

__all__ = ["ENTRY_REGISTRY", "ERROR", "INFO", "REGISTRY", "WARNING", "CheckInfo", "EntryContext", "Finding"]
