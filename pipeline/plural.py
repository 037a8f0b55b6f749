"""Plural-Forms headers, parsed (never evaluated as Python): ``nplurals=N; plural=EXPR;``.

EXPR is a C expression in ``n`` only — integers, ``n``, parentheses, ``! * / % + - < <= > >= == != && ||``
and ``?:`` — as gettext defines it.  :func:`parse_header` turns it into a function of ``n``, built from a
syntax tree by this module; anything else in the header (a name, a call, a string) is a :class:`ValueError`
that names what is wrong, and so is an expression that gives a form outside ``0 … nplurals-1``.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable

_TOKEN = re.compile(r"\s*(?:(\d+)|(n)\b|(&&|\|\||==|!=|<=|>=|[-+*/%<>!?:()]))")
#: binary operators, loosest first (C precedence)
_LEVELS: tuple[tuple[str, ...], ...] = (("||",), ("&&",), ("==", "!="), ("<", "<=", ">", ">="), ("+", "-"),
                                        ("*", "/", "%"))
_OPS: dict[str, Callable[[int, int], int]] = {
    "||": lambda a, b: int(bool(a) or bool(b)), "&&": lambda a, b: int(bool(a) and bool(b)),
    "==": lambda a, b: int(a == b), "!=": lambda a, b: int(a != b), "<": lambda a, b: int(a < b),
    "<=": lambda a, b: int(a <= b), ">": lambda a, b: int(a > b), ">=": lambda a, b: int(a >= b),
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "/": lambda a, b: a // b if b else 0, "%": lambda a, b: a % b if b else 0,
}
Rule = Callable[[int], int]
#: how far a rule is checked for forms outside the declared range
CHECK_UP_TO = 1000


def _tokens(expr: str) -> list[str]:
    out, pos = [], 0
    expr = expr.strip()
    while pos < len(expr):
        m = _TOKEN.match(expr, pos)
        if m is None or m.end() == pos:
            bad = expr[pos:].strip()[:12]
            raise ValueError(f"plural expression may use only n, numbers and C operators, not {bad!r}")
        out.append(m.group(1) or m.group(2) or m.group(3))
        pos = m.end()
    return out


class _Parser:
    def __init__(self, tokens: list[str]) -> None:
        self.tokens, self.i = tokens, 0

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self, want: str | None = None) -> str:
        tok = self.peek()
        if tok is None or (want is not None and tok != want):
            raise ValueError(f"plural expression is incomplete: expected {want or 'more'}")
        self.i += 1
        return tok

    def ternary(self) -> Rule:
        cond = self.binary(0)
        if self.peek() != "?":
            return cond
        self.take("?")
        yes = self.ternary()
        self.take(":")
        no = self.ternary()
        return lambda n: yes(n) if cond(n) else no(n)

    def binary(self, level: int) -> Rule:
        if level == len(_LEVELS):
            return self.unary()
        left = self.binary(level + 1)
        while self.peek() in _LEVELS[level]:
            op = _OPS[self.take()]
            right = self.binary(level + 1)
            left = (lambda f, a, b: lambda n: f(a(n), b(n)))(op, left, right)
        return left

    def unary(self) -> Rule:
        tok = self.take()
        if tok == "!":
            inner = self.unary()
            return lambda n: int(not inner(n))
        if tok == "-":
            inner = self.unary()
            return lambda n: -inner(n)
        if tok == "(":
            inner = self.ternary()
            self.take(")")
            return inner
        if tok == "n":
            return lambda n: n
        if tok.isdigit():
            value = int(tok)
            return lambda n: value
        raise ValueError(f"plural expression has {tok!r} where a value belongs")


def parse_rule(expr: str) -> Rule:
    """A plural expression as a function of ``n``; :class:`ValueError` if it is not one."""
    parser = _Parser(_tokens(expr))
    rule = parser.ternary()
    if parser.peek() is not None:
        raise ValueError(f"plural expression has {parser.peek()!r} after its end")
    return rule


_HEADER = re.compile(r"^\s*nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*(.+?)\s*;?\s*$", re.S)


@functools.lru_cache(maxsize=256)
def parse_header(header: str) -> tuple[int, Rule]:
    """``(nplurals, rule)`` of a Plural-Forms header, checked: every n up to :data:`CHECK_UP_TO` gets a form
    between 0 and nplurals-1."""
    m = _HEADER.match(header)
    if m is None:
        raise ValueError("Plural-Forms must read 'nplurals=N; plural=EXPRESSION;'")
    nplurals = int(m.group(1))
    if not 1 <= nplurals <= 6:
        raise ValueError(f"nplurals={nplurals}: a language has 1 to 6 plural forms")
    rule = parse_rule(m.group(2))
    for n in range(CHECK_UP_TO + 1):
        form = rule(n)
        if not 0 <= form < nplurals:
            raise ValueError(f"the plural expression gives form {form} for n={n}, but nplurals={nplurals}")
    return nplurals, rule
