"""Clinical-safety checks for translations; importing this package registers them all."""

from . import concepts, language, markup, negation, numbers, omission, policy, tamper, tokens  # noqa: F401
from .base import ENTRY_REGISTRY, ERROR, INFO, REGISTRY, WARNING, CheckInfo, EntryContext, Finding

__all__ = ["ENTRY_REGISTRY", "ERROR", "INFO", "REGISTRY", "WARNING", "CheckInfo", "EntryContext", "Finding"]
