"""Reading what a sentence says beyond its numbers: negation, medicines, body parts, timing, urgency.

A shared service below the pipeline's stages, like :mod:`pipeline.quantities`:
the validator's meaning checks, the extractor's translator notes and the
editor's highlights all read texts through :func:`read`.
"""

from .lexicon import inventory, meaning_for
from .read import Mention, Reading, read

__all__ = ["Mention", "Reading", "inventory", "meaning_for", "read"]
