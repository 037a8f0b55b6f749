"""What the editor says and how it marks it up — wording, status, diffs, navigation — without Streamlit.

Every piece of catalog text goes out escaped and wrapped in an element that carries its own
``lang`` and ``dir`` (quoted text inside English sentences in ``<bdi>``), so a Persian sentence
ends at the right end, ۳۹ stays beside its unit, and spellcheckers and screen readers know the
language.  Status is never colour alone: each state has an icon and a word.  Counts are
pluralised through the UI locale's CLDR plural rules (Babel).
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup, escape

from .checks import ERROR, Finding
from .digits import in_digits, preferred
from .editing import EntryView, select
from .handout import Handout
from .history import Event
from .locales import LocaleInfo

# ----------------------------------------------------------------------------- status in words
ICONS = {"error": "⛔", "warning": "⚠️", "untranslated": "○", "fuzzy": "◐", "translated": "●", "approved": "✔"}


def finding_html(f: Finding, info: LocaleInfo) -> Markup:
    """One finding: icon and word for its severity, the check, and the message — the translation's
    words it quotes isolated in ``<bdi>`` in the translation's language and direction."""
    word = "Error" if f.severity == ERROR else "Warning"
    icon = ICONS["error" if f.severity == ERROR else "warning"]
    return Markup('<div class="finding finding-{sev}" role="{role}"><span class="sev">{icon} {word}</span> · '
                  '<span class="check">{check}</span>: {msg}</div>').format(
        sev=f.severity, role="alert" if f.severity == ERROR else "status", icon=icon, word=word, check=f.check,
        msg=quoted(f.message, info))


_QUOTE = re.compile(r"(['\"«“‘])(.+?)(['\"»”’])")


def quoted(message: str, info: LocaleInfo) -> Markup:
    """An English message whose quoted parts are (usually) the translation's text: each isolated."""
    out, pos = [], 0
    for m in _QUOTE.finditer(message):
        out.append(escape(message[pos:m.start()]))
        out.append(Markup('{}<bdi lang="{}" dir="auto">{}</bdi>{}').format(m.group(1), info.bcp47, m.group(2),
                                                                         m.group(3)))
        pos = m.end()
    out.append(escape(message[pos:]))
    return Markup("").join(out)


def state_words(e: EntryView) -> str:
    """The entry's state as an icon and words, for a screen reader as much as for the eye."""
    if e.errors:
        return f"{ICONS['error']} Blocked — shown in English on the page"
    if e.state == "untranslated":
        return f"{ICONS['untranslated']} Untranslated"
    if e.state == "fuzzy":
        return f"{ICONS['fuzzy']} Needs review (fuzzy)"
    if e.reviewed:
        return f"{ICONS['approved']} Approved by {e.reviewer}"
    return f"{ICONS['translated']} Translated, not reviewed"


def blocked_reason(e: EntryView) -> str:
    """Why a passage is shown in English, in words (not only in a tooltip)."""
    if e.errors:
        return "Shown in English because " + "; ".join(f"{f.check}: {f.message}" for f in e.errors)
    if e.state == "untranslated":
        return "Shown in English: not translated yet."
    if e.state == "fuzzy":
        return "Shown in English: marked fuzzy (needs review)."
    return ""


def approvable(e: EntryView) -> bool:
    """May go into an "approve all": translated, not fuzzy, no error and no open warning."""
    return e.state == "translated" and not e.errors and not e.warnings and not e.reviewed


def text_block(text: str, info: LocaleInfo, cls: str = "tx") -> Markup:
    """A block of translation text: escaped, with its language and direction."""
    return Markup('<div class="{}" lang="{}" dir="{}">{}</div>').format(cls, info.bcp47, info.direction, text)


# ----------------------------------------------------------------------------- conflicts
def char_diff(theirs: str, mine: str, info: LocaleInfo) -> tuple[Markup, Markup]:
    """Both texts marked up with what differs, character by character (``<del>`` in theirs, ``<ins>`` in
    mine), each in the translation's language and direction."""
    sm = difflib.SequenceMatcher(None, theirs, mine, autojunk=False)
    a, b = [], []
    for op, i1, i2, j1, j2 in sm.get_opcodes():
        if op == "equal":
            a.append(escape(theirs[i1:i2]))
            b.append(escape(mine[j1:j2]))
            continue
        if i2 > i1:
            a.append(Markup("<del>{}</del>").format(theirs[i1:i2]))
        if j2 > j1:
            b.append(Markup("<ins>{}</ins>").format(mine[j1:j2]))
    wrap = '<div class="diff" lang="{}" dir="{}">{}</div>'
    return (Markup(wrap).format(info.bcp47, info.direction, Markup("").join(a)),
            Markup(wrap).format(info.bcp47, info.direction, Markup("").join(b)))


# ----------------------------------------------------------------------------- history
_VERBS = {"save": "saved", "review": "approved", "reject": "rejected", "comment": "commented",
          "waiver-proposed": "proposed a waiver", "waiver-approved": "approved a waiver",
          "resolve": "resolved a conflict", "import": "imported from an XLIFF"}


def history_html(events: Sequence[Event], info: LocaleInfo) -> Markup:
    """An entry's history, newest first: when, who (marked when unverified), what, and the text."""
    items = []
    for ev in reversed(events):
        who = ev.by if ev.verified else f"{ev.by} (unverified)"
        what = _VERBS.get(ev.event, ev.event)
        if ev.detail.get("resolution"):
            what += f" ({ev.detail['resolution'].replace('-', ' ')})"
        if ev.detail.get("checks"):
            what += f" for {ev.detail['checks']}"
        text = ev.new if ev.new is not None else ev.old
        shown = " | ".join(text) if isinstance(text, list) else (text or "")
        body = Markup("").join([
            Markup('<span class="when">{}</span> <span class="who">{}</span> {}').format(ev.at.replace("T", " "),
                                                                                        who, what),
            Markup(': <q>{}</q>').format(ev.comment) if ev.comment else Markup(""),
            Markup(' <bdi lang="{}" dir="{}">{}</bdi>').format(info.bcp47, info.direction, shown) if shown
            else Markup(""),
        ])
        items.append(Markup("<li>{}</li>").format(body))
    if not items:
        return Markup('<p class="hist-none">No history yet.</p>')
    return Markup('<ul class="history">{}</ul>').format(Markup("").join(items))


# ----------------------------------------------------------------------------- navigation
def neighbour(entries: Sequence[EntryView], current: str, kind: str = "any", step: int = 1) -> str | None:
    """The msgctxt of the next (``step`` 1) or previous (-1) entry of ``kind`` (any, or one of the
    editor's filters: untranslated, fuzzy, errors …) after ``current``, going round the end; None when
    no other entry is of that kind."""
    if not entries:
        return None
    wanted = {e.msgctxt for e in select(list(entries), "all" if kind == "any" else kind)}
    idx = next((i for i, e in enumerate(entries) if e.msgctxt == current), -1 if step > 0 else 0)
    n = len(entries)
    for k in range(1, n + 1):
        e = entries[(idx + step * k) % n]
        if e.msgctxt != current and e.msgctxt in wanted:
            return e.msgctxt
    return None


def section_of(msgctxt: str) -> str:
    """``K050/home-care/activity/rest`` → ``home-care``; titles and site strings are their own section."""
    parts = msgctxt.split("/")
    return parts[1].split(".")[0] if len(parts) >= 2 else ""


def section_title(section: str) -> str:
    return section.replace("-", " ").capitalize() if section else "Title and page"


@dataclass(frozen=True)
class RowStyle:
    """How a message sits in the rendered handout: its role (title, heading, paragraph, bullet …) and,
    inside a call-for-help box, the box's urgency — so Review rows look like the page."""

    role: str
    urgency: str = ""

    @property
    def css(self) -> str:
        return " ".join(c for c in (f"rv-{self.role}", f"help-{self.urgency}" if self.urgency else "") if c)


def row_styles(handout: Handout) -> dict[str, RowStyle]:
    """msgctxt → :class:`RowStyle` of every message of the handout."""
    out = {m.context: RowStyle(m.role) for m in handout.messages()}
    for section in handout.sections:
        for block in section.blocks:
            if block.urgency:
                msgs = [m for m in (block.heading, block.intro, block.text) if m is not None]
                stack = list(block.items)
                while stack:
                    item = stack.pop()
                    msgs.append(item.text)
                    stack.extend(item.items)
                for m in msgs:
                    out[m.context] = RowStyle(m.role, block.urgency)
    return out


EDITOR_CSS = """
[data-testid="stCaptionContainer"] { opacity: 1 !important; }
button kbd { color: #3b3b3b !important; opacity: 1 !important; }
button:disabled, button:disabled p { color: #5a5a5a !important; }
[data-testid="stCaptionContainer"], [data-testid="stCaptionContainer"] p { color: #3b3b3b !important; }
.finding { padding: .35rem .6rem; border-radius: 4px; margin: .25rem 0; border-inline-start: 6px solid; }
.finding-error { background: #fde8e8; border-color: #8f1414; color: #4a0b0b; }
.finding-warning { background: #fff4dc; border-color: #6b4500; color: #3d2800; }
.finding .sev { font-weight: 700; }
.tx { font-size: 1.02rem; line-height: 1.5; white-space: pre-wrap; }
.tx-compact { white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
.suggest { border-inline-start: 3px solid #5b5b5b; padding-inline-start: .5rem; margin: .2rem 0; }
.diff del { background: #fbd0d0; text-decoration: line-through; }
.diff ins { background: #c9f0d4; text-decoration: none; }
.diff { white-space: pre-wrap; border: 1px solid #bbb; padding: .4rem; border-radius: 4px; }
ul.history { margin: 0; padding-inline-start: 1.1rem; font-size: .9rem; }
ul.history .when { color: #3b3b3b; font-variant-numeric: tabular-nums; }
ul.history .who { font-weight: 600; }
.chips button { margin: .1rem .25rem .1rem 0; padding: .05rem .45rem; border: 1px solid #1d4ed8; border-radius: 12px;
  background: #eef3ff; color: #0b2a7a; font: inherit; font-size: .9rem; cursor: pointer; }
.chips kbd { font-size: .75rem; color: #333; }
.rv-state { font-size: .92rem; }
.rv-title .src, .rv-title .tx { font-size: 1.35rem; font-weight: 700; }
.rv-heading .src, .rv-heading .tx { font-size: 1.2rem; font-weight: 700; }
.rv-bullet .src::before { content: "• "; }
div[class*="st-key-rv-"]:has(.help-emergency) { border-inline-start: 8px solid #8f1414; background: #fdecec; }
div[class*="st-key-rv-"]:has(.help-urgent) { border-inline-start: 8px solid #6b3d00; background: #fff3df; }
div[class*="st-key-rv-"]:has(.help-watch) { border-inline-start: 8px solid #0d4672; background: #e9f2fb; }
.shortcuts td { padding: .1rem .4rem; font-size: .88rem; } .shortcuts kbd { font-size: .8rem; }
"""

SHORTCUTS = (
    ("Ctrl+S", "save every draft of this catalog"),
    ("Alt+Down / Alt+Up", "next / previous entry"),
    ("Alt+U", "next untranslated entry"),
    ("Alt+F", "next fuzzy entry"),
    ("Alt+E", "next entry with an error"),
    ("Alt+Y", "copy the English into the box"),
    ("Alt+Z", "undo the last change to this entry"),
    ("Alt+1 … Alt+9", "insert that highlighted quantity or token at the cursor"),
    ("Ctrl+Shift+Space", "insert a no-break space"),
    ("Ctrl+Enter", "commit the box (keeps it as a draft, shows findings)"),
)


def shortcuts_html() -> Markup:
    rows = Markup("").join(Markup("<tr><td><kbd>{}</kbd></td><td>{}</td></tr>").format(k, v) for k, v in SHORTCUTS)
    return Markup('<table class="shortcuts" aria-label="Keyboard shortcuts">{}</table>').format(rows)


def chips_html(tokens: Sequence[str], info: LocaleInfo) -> Markup:
    """Buttons that insert a highlighted quantity or token at the cursor (Alt+1 … Alt+9)."""
    chips = Markup("").join(
        Markup('<button type="button" data-insert="{t}" title="Insert at the cursor (Alt+{n})">'
               '<bdi lang="{lang}" dir="auto">{t}</bdi> <kbd>Alt+{n}</kbd></button>').format(t=t, n=n, lang=info.bcp47)
        for n, t in enumerate(tokens[:9], 1))
    nbsp = Markup('<button type="button" data-insert="\u00a0" title="Insert a no-break space (Ctrl+Shift+Space)">'
                  'no-break space <kbd>Ctrl+Shift+Space</kbd></button>')
    return Markup('<div class="chips" role="group" aria-label="Insert at the cursor">{}{}</div>').format(chips, nbsp)


# ----------------------------------------------------------------------------- tokens to insert
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
def tokens_for(msgid: str, info: LocaleInfo) -> list[str]:
    """The English's quantities, phone numbers and codes as the translation writes them: numbers in the
    locale's preferred digits and decimal sign (CLDR, through Babel), phones and codes as they are."""
    from decimal import Decimal

    from babel.numbers import format_decimal

    from .quantities.scan import scan

    system = preferred(info)

    def local(m: re.Match[str]) -> str:
        try:
            return in_digits(format_decimal(Decimal(m.group(0)), locale=info.babel, numbering_system=system,
                                            group_separator=False), system)
        except Exception:  # a numbering system Babel lacks: keep the English digits
            return m.group(0)

    out: list[str] = []
    for a, b, kind in scan(msgid, "en_CA").spans():
        text = msgid[a:b]
        shown = text if kind in ("phone", "code", "token") else _NUMBER.sub(local, text)
        if shown not in out:
            out.append(shown)
    return out
