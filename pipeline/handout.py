"""The handout source format: ``handouts/<ID>.yaml`` → a typed, validated model.

Every translatable string becomes a :class:`Message` whose ``context`` (the
gettext ``msgctxt``) is built from author-assigned ids, never from list
positions, so inserting or moving a bullet does not change the identity of
any other message.  Schema errors carry the YAML line and column.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .errors import InputError
from .yamlio import load_yaml

SOURCE_LOCALE = "en_CA"
ID_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
HANDOUT_ID_RE = re.compile(r"^[A-Z][A-Z0-9]*[0-9][A-Z0-9-]*$")

URGENCY_LABELS = {
    "emergency": "Call 911 now",
    "urgent": "Call now or seek care",
    "watch": "Watch closely",
}
BLOCK_TYPES = ("paragraph", "bullets", "call-for-help", "learn-more")


@dataclass(frozen=True)
class Message:
    """One translatable string of a handout."""

    context: str  # msgctxt, e.g. "K050/home-care/activity/rest"
    text: str  # msgid (English source)
    line: int  # 1-based line of the value in the YAML file
    where: str  # human description for translators
    role: str  # title, subtitle, audience, credits, heading, paragraph, bullet, intro, learn-more, link


@dataclass
class Item:
    id: str
    text: Message
    items: list[Item] = field(default_factory=list)


@dataclass
class Block:
    id: str
    type: str
    line: int
    heading: Message | None = None
    text: Message | None = None
    intro: Message | None = None
    items: list[Item] = field(default_factory=list)
    urgency: str | None = None
    code: str | None = None
    url: str | None = None
    link_text: Message | None = None


@dataclass
class Section:
    id: str
    heading: Message
    blocks: list[Block]


@dataclass
class Handout:
    id: str
    path: Path
    title: Message
    audience: Message
    version: str
    last_reviewed: dt.date
    credits: Message
    sample: bool
    sections: list[Section]
    subtitle: Message | None = None

    def messages(self) -> Iterator[Message]:
        """All translatable strings in reading order."""
        yield self.title
        if self.subtitle:
            yield self.subtitle
        yield self.audience
        for section in self.sections:
            yield section.heading
            for block in section.blocks:
                for msg in (block.heading, block.intro, block.text, block.link_text):
                    if msg is not None:
                        yield msg
                yield from _item_messages(block.items)
        yield self.credits


def _item_messages(items: list[Item]) -> Iterator[Message]:
    for item in items:
        yield item.text
        yield from _item_messages(item.items)


# --------------------------------------------------------------------------- parsing


class _Reader:
    """Walks the round-trip YAML tree and reports errors with positions."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.ids: dict[str, int] = {}

    # positions -------------------------------------------------------------
    def fail(self, message: str, node: Any = None, key: Any = None, index: int | None = None) -> InputError:
        line = col = None
        try:
            if isinstance(node, CommentedMap) and key is not None and key in node:
                line, col = node.lc.value(key)
            elif isinstance(node, CommentedMap) and key is not None:
                line, col = node.lc.line, node.lc.col
            elif isinstance(node, CommentedSeq) and index is not None:
                line, col = node.lc.item(index)
            elif node is not None and hasattr(node, "lc"):
                line, col = node.lc.line, node.lc.col
        except (AttributeError, KeyError, IndexError, TypeError):
            pass
        return InputError(self.path, message, None if line is None else line + 1,
                          None if col is None else col + 1)

    def key_line(self, node: CommentedMap, key: str) -> int:
        try:
            return node.lc.value(key)[0] + 1
        except (AttributeError, KeyError, TypeError):
            return node.lc.line + 1

    # typed accessors -------------------------------------------------------
    def mapping(self, node: Any, what: str, parent: Any = None, key: Any = None,
                index: int | None = None) -> CommentedMap:
        if not isinstance(node, CommentedMap):
            raise self.fail(f"{what} must be a mapping, not {_kind(node)}", parent, key, index)
        return node

    def check_keys(self, node: CommentedMap, what: str, required: tuple[str, ...],
                   optional: tuple[str, ...] = ()) -> None:
        allowed = set(required) | set(optional)
        for k in node:
            if k not in allowed:
                line, col = node.lc.key(k)
                hint = ", ".join(sorted(allowed))
                raise InputError(self.path, f"unknown key {k!r} in {what} (allowed: {hint})",
                                 line + 1, col + 1)
        for k in required:
            if k not in node:
                raise self.fail(f"{what} is missing required key {k!r}", node)

    def string(self, node: CommentedMap, key: str, what: str, *, required: bool = True) -> str | None:
        if key not in node:
            if required:
                raise self.fail(f"{what} is missing required key {key!r}", node)
            return None
        value = node[key]
        if not isinstance(value, str):
            raise self.fail(f"{what}: {key!r} must be text, not {_kind(value)}"
                            + (" (quote it)" if isinstance(value, (int, float, dt.date)) else ""),
                            node, key)
        text = re.sub(r"[ \t\r\n]+", " ", value).strip()
        if not text:
            raise self.fail(f"{what}: {key!r} must not be empty", node, key)
        return text

    def sequence(self, node: CommentedMap, key: str, what: str) -> CommentedSeq:
        if key not in node:
            raise self.fail(f"{what} is missing required key {key!r}", node)
        value = node[key]
        if not isinstance(value, CommentedSeq):
            raise self.fail(f"{what}: {key!r} must be a list, not {_kind(value)}", node, key)
        if not value:
            raise self.fail(f"{what}: {key!r} must not be empty", node, key)
        return value

    def ident(self, node: CommentedMap, what: str) -> str:
        value = node.get("id")
        if not isinstance(value, str):
            raise self.fail(f"{what} is missing an 'id' (lower-case letters, digits and '-')"
                            if value is None else f"{what}: 'id' must be text, not {_kind(value)}",
                            node, "id" if "id" in node else None)
        if not ID_RE.match(value):
            raise self.fail(f"{what}: id {value!r} must use lower-case letters, digits and '-'",
                            node, "id")
        line = self.key_line(node, "id")
        if value in self.ids:
            raise self.fail(f"duplicate id {value!r} (first used on line {self.ids[value]})", node, "id")
        self.ids[value] = line
        return value

    def message(self, node: CommentedMap, key: str, context: str, where: str, role: str,
                what: str, *, required: bool = True) -> Message | None:
        text = self.string(node, key, what, required=required)
        if text is None:
            return None
        return Message(context=context, text=text, line=self.key_line(node, key), where=where, role=role)


def _kind(value: Any) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, (dt.date, dt.datetime)):
        return "a date"
    if isinstance(value, str):
        return "text"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


def load_handout(path: Path | str) -> Handout:
    """Load and validate one handout; raise :class:`InputError` on any problem."""
    path = Path(path)
    root = load_yaml(path)
    r = _Reader(path)
    if root is None:
        raise InputError(path, "empty handout file", 1, 1)
    root = r.mapping(root, "a handout")
    r.check_keys(root, "the handout",
                 ("id", "title", "audience", "version", "last_reviewed", "credits", "sample", "sections"),
                 ("subtitle",))
    hid = root["id"]
    if not isinstance(hid, str) or not HANDOUT_ID_RE.match(hid):
        raise r.fail("handout id must be a topic code such as 'K050' (capital letters and digits)",
                     root, "id")
    if path.suffix == ".yaml" and path.stem != hid:
        raise r.fail(f"handout id {hid!r} does not match the file name {path.name!r}", root, "id")
    version = root["version"]
    if not isinstance(version, str):
        raise r.fail(f"'version' must be text, not {_kind(version)} (quote it, e.g. \"1.0\")", root, "version")
    reviewed = root["last_reviewed"]
    if not isinstance(reviewed, dt.date) or isinstance(reviewed, dt.datetime):
        raise r.fail("'last_reviewed' must be a date written YYYY-MM-DD", root, "last_reviewed")
    sample = root["sample"]
    if not isinstance(sample, bool):
        raise r.fail("'sample' must be true or false", root, "sample")

    title = r.message(root, "title", f"{hid}.title", "Handout title", "title", "the handout")
    subtitle = r.message(root, "subtitle", f"{hid}.subtitle", "Subtitle under the handout title",
                         "subtitle", "the handout", required=False)
    audience = r.message(root, "audience", f"{hid}.audience", "Who the handout is for (shown under the title)",
                         "audience", "the handout")
    credits = r.message(root, "credits", f"{hid}.credits", "Credits and licence line at the foot of the page",
                        "credits", "the handout")
    sections = []
    seq = r.sequence(root, "sections", "the handout")
    for i, node in enumerate(seq):
        sections.append(_section(r, hid, r.mapping(node, "a section", seq, index=i)))
    assert title and audience and credits
    return Handout(id=hid, path=path, title=title, subtitle=subtitle, audience=audience,
                   version=version, last_reviewed=reviewed, credits=credits, sample=sample,
                   sections=sections)


def _section(r: _Reader, hid: str, node: CommentedMap) -> Section:
    r.check_keys(node, "a section", ("id", "heading", "blocks"))
    sid = r.ident(node, "a section")
    ctx = f"{hid}/{sid}"
    heading = r.message(node, "heading", f"{ctx}.heading", "Section heading", "heading", f"section {sid!r}")
    assert heading
    blocks = []
    seq = r.sequence(node, "blocks", f"section {sid!r}")
    for i, child in enumerate(seq):
        blocks.append(_block(r, ctx, heading.text, r.mapping(child, "a block", seq, index=i)))
    return Section(id=sid, heading=heading, blocks=blocks)


def _block(r: _Reader, parent: str, section_heading: str, node: CommentedMap) -> Block:
    btype = node.get("type")
    if btype not in BLOCK_TYPES:
        raise r.fail(f"block 'type' must be one of {', '.join(BLOCK_TYPES)}"
                     + ("" if btype is None else f", not {btype!r}"), node, "type" if "type" in node else None)
    what = f"a {btype} block"
    if btype == "paragraph":
        r.check_keys(node, what, ("type", "id", "text"), ("heading",))
    elif btype == "bullets":
        r.check_keys(node, what, ("type", "id", "items"), ("heading",))
    elif btype == "call-for-help":
        r.check_keys(node, what, ("type", "id", "urgency", "intro", "items"))
    else:
        r.check_keys(node, what, ("type", "id", "code", "text"), ("url", "link_text"))
    bid = r.ident(node, what)
    ctx = f"{parent}/{bid}"
    block = Block(id=bid, type=btype, line=node.lc.line + 1)
    under = f"“{section_heading}”"
    if "heading" in node:
        block.heading = r.message(node, "heading", f"{ctx}.heading", f"Sub-heading under {under}",
                                  "heading", what)
        under += f" → “{block.heading.text}”" if block.heading else ""
    if btype == "paragraph":
        block.text = r.message(node, "text", ctx, f"Paragraph under {under}", "paragraph", what)
    elif btype == "bullets":
        block.items = _items(r, ctx, node, f"Bullet under {under}", what)
    elif btype == "call-for-help":
        urgency = node["urgency"]
        if urgency not in URGENCY_LABELS:
            raise r.fail(f"'urgency' must be one of {', '.join(URGENCY_LABELS)}, not {urgency!r}",
                         node, "urgency")
        block.urgency = urgency
        label = URGENCY_LABELS[urgency]
        block.intro = r.message(node, "intro", f"{ctx}.intro",
                                f"Lead-in sentence of the “{label}” group under {under}", "intro", what)
        block.items = _items(r, ctx, node, f"Bullet under {under} → {label}", what)
    else:
        code = node["code"]
        if not isinstance(code, str) or not HANDOUT_ID_RE.match(code):
            raise r.fail("'code' must be a topic code such as 'K050'", node, "code")
        block.code = code
        block.text = r.message(node, "text", ctx, f"“Learn more” text under {under}", "learn-more", what)
        assert block.text
        if code not in block.text.text:
            raise r.fail(f"learn-more text must contain the topic code {code!r}", node, "text")
        if "url" in node:
            url = r.string(node, "url", what)
            if not url or not re.match(r"^https://[^\s<>\"']+$", url):
                raise r.fail("'url' must be an https:// address", node, "url")
            block.url = url
        block.link_text = r.message(node, "link_text", f"{ctx}.link", f"Link text under {under}",
                                    "link", what, required=False)
    return block


def _items(r: _Reader, parent: str, node: CommentedMap, where: str, what: str) -> list[Item]:
    items = []
    seq = r.sequence(node, "items", what)
    for i, child in enumerate(seq):
        child = r.mapping(child, "a bullet", seq, index=i)
        r.check_keys(child, "a bullet", ("id", "text"), ("items",))
        iid = r.ident(child, "a bullet")
        ctx = f"{parent}/{iid}"
        text = r.message(child, "text", ctx, where, "bullet", f"bullet {iid!r}")
        assert text
        sub: list[Item] = []
        if "items" in child:
            sub = _items(r, ctx, child, f"Sub-bullet of “{_short(text.text)}” — {where}", "a bullet")
        items.append(Item(id=iid, text=text, items=sub))
    return items


def _short(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"
