"""``python -m pipeline`` — see :mod:`pipeline.cli`."""

import gc

from .cli import main

# A run over a large library creates millions of small objects and almost no reference cycles:
# the cycle collector is asked to look less often, and never at what was loaded at start-up.
gc.freeze()
gc.set_threshold(50_000, 20, 20)
try:
    code = main()
finally:
    # nor at what is alive at the end: the interpreter's last collection would walk every cached reading
    # and lexicon (a second, on a large library) only for the process to exit
    gc.freeze()
raise SystemExit(code)
