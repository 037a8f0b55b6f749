"""Extraction: handouts (and the site's own strings) → one POT per domain.

Output is deterministic: entries in reading order, header dates taken from the
handout's ``last_reviewed`` date, never from the clock, so re-running on an
unchanged tree changes no byte.
"""

from __future__ import annotations

import functools
from importlib import resources
from pathlib import Path

import polib
from ruamel.yaml import YAML

from .cache import Cache, digest, digest_if_exists, file_digest
from .catalog import WRAP, ordered_metadata, render_po
from .handout import SOURCE_LOCALE, Handout, load_handout
from .notes import source_notes
from .project import SITE_DOMAIN, Project

GENERATOR = "handouts-pipeline"


def _header(title: str, version: str, date: str) -> tuple[str, dict[str, str]]:
    header = (f"{title}\nTranslation template generated from the English source by "
              f"'python -m pipeline extract'.\nDo not edit: edit the handout and extract again.")
    meta = ordered_metadata({
        "Project-Id-Version": version,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": f"{date} 00:00+0000",
        "PO-Revision-Date": "YEAR-MO-DA HO:MI+ZONE",
        "Last-Translator": "FULL NAME <EMAIL@ADDRESS>",
        "Language-Team": "LANGUAGE <LL@li.org>",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "X-Generator": GENERATOR,
        "X-Source-Language": SOURCE_LOCALE,
    })
    return header, meta


def handout_template(handout: Handout, ref_path: str) -> polib.POFile:
    pot = polib.POFile(wrapwidth=WRAP)
    pot.header, pot.metadata = _header(
        f"{handout.id} — {handout.title.text}", f"{handout.id} {handout.version}",
        handout.last_reviewed.isoformat())
    for msg in handout.messages():
        notes = [msg.where, *source_notes(msg.text)]
        pot.append(polib.POEntry(
            msgctxt=msg.context, msgid=msg.text, msgstr="",
            occurrences=[(ref_path, str(msg.line))], comment="\n".join(notes)))
    return pot


@functools.cache
def _site_strings() -> dict:
    path = Path(str(resources.files("pipeline") / "data" / "site.yaml"))
    return dict(YAML(typ="safe").load(path.read_text(encoding="utf-8")))


def site_strings() -> dict[str, dict]:
    return _site_strings()


def site_template() -> polib.POFile:
    pot = polib.POFile(wrapwidth=WRAP)
    pot.header, pot.metadata = _header("Site page furniture", "site 1.0", "2026-11-01")
    for key, spec in site_strings().items():
        e = polib.POEntry(msgctxt=f"site.{key}", msgid=spec["text"], msgstr="",
                          occurrences=[("pipeline/data/site.yaml", "")],
                          comment="\n".join([spec.get("note", ""), *source_notes(spec["text"])]).strip(),
                          flags=list(spec.get("flags", [])))
        e.occurrences = [("pipeline/data/site.yaml", key)]
        if "plural" in spec:
            e.msgid_plural = spec["plural"]
            e.msgstr_plural = {0: "", 1: ""}
        pot.append(e)
    return pot


def templates(project: Project, handouts: list[Handout] | None = None,
              cache: Cache | None = None) -> dict[str, str | None]:
    """Every domain's POT text, in domain order; ``None`` for a handout whose POT file already holds
    what it would be given (known from ``cache`` by the hashes of the handout and the file)."""
    if handouts is None:
        handouts = [load_handout(p) for p in project.handout_paths()]
    cache = cache or Cache(None)
    out: dict[str, str | None] = {}
    refs = [project.rel(h.path) for h in handouts]
    # a handout is what its file's bytes say (load_handout reads nothing else)
    keys = [cache.key("pot", ref, file_digest(h.path)) for ref, h in zip(refs, handouts, strict=True)]
    known = cache.get_many("pot", keys)
    for handout, ref, key in zip(handouts, refs, keys, strict=True):
        path = project.pot_path(handout.id)
        if key in known and digest_if_exists(path) == known[key]:
            out[handout.id] = None
            continue
        text = render_po(handout_template(handout, ref))
        cache.put("pot", key, digest(text.encode()))
        out[handout.id] = text
    out[SITE_DOMAIN] = render_po(site_template())
    return out
