"""Drafts on disk, conflict resolution and the history (issue 13): the logic under the editor."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline import history
from pipeline.catalog import parse_po
from pipeline.drafts import DraftStore, conflicts, resolve, save_drafts
from pipeline.history import Who
from pipeline.review import mark_reviewed
from pipeline.store import Version, save_edits, snapshot

from .conftest import ROOT

REST = ("K050/home-care/activity/rest", "Let your child rest whenever they feel tired.")
AMIRA = Who("Amira Haddad")
BEN = Who("Ben Tremblay")


@pytest.fixture
def cat(tmp_path: Path) -> Path:
    path = tmp_path / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po"
    path.parent.mkdir(parents=True)
    shutil.copy(ROOT / "locales" / "fr_CA" / "LC_MESSAGES" / "K050.po", path)
    return path


def base_of(path: Path) -> Version:
    return snapshot(parse_po(path))[REST]


def on_disk(path: Path) -> str:
    return next(e.msgstr for e in parse_po(path) if (e.msgctxt, e.msgid) == REST)


def test_a_draft_outlives_the_process_and_undoes_step_by_step(tmp_path: Path, cat: Path):
    store = DraftStore.for_project(tmp_path)
    base = base_of(cat)
    store.put(AMIRA, "fr_CA", "K050", REST, ("Reposez-vous.",), False, base)
    store.put(AMIRA, "fr_CA", "K050", REST, ("Reposez-vous bien.",), True, base)
    again = DraftStore.for_project(tmp_path)  # a server restart: a new store on the same file
    draft = again.get(AMIRA, "fr_CA", "K050", REST)
    assert draft is not None and draft.texts == ("Reposez-vous bien.",) and draft.fuzzy and draft.changed
    assert again.get(BEN, "fr_CA", "K050", REST) is None  # drafts are per person
    assert [len(v) for v in again.unsaved(AMIRA).values()] == [1]
    step = again.undo(AMIRA, "fr_CA", "K050", REST)
    assert step is not None and step.texts == ("Reposez-vous.",) and not step.fuzzy
    step = again.undo(AMIRA, "fr_CA", "K050", REST)
    assert step is not None and step.texts == (base.msgstr,) and not step.changed  # back to the file's text
    assert again.undo(AMIRA, "fr_CA", "K050", REST) is None
    assert again.unsaved(AMIRA) == {}
    assert ".cache" not in str(again.path)


def test_save_writes_every_draft_records_history_and_drops_them(tmp_path: Path, cat: Path):
    store = DraftStore.for_project(tmp_path)
    old = on_disk(cat)
    store.put(AMIRA, "fr_CA", "K050", REST, ("Laissez-le se reposer.",), False, base_of(cat))
    result = save_drafts(store, AMIRA, "fr_CA", "K050", cat)
    assert result.saved == [REST] and on_disk(cat) == "Laissez-le se reposer."
    assert store.of_catalog(AMIRA, "fr_CA", "K050") == {}
    [ev] = history.read(cat, REST[0])
    assert (ev.event, ev.by, ev.verified, ev.old, ev.new) == ("save", "Amira Haddad", False, [old],
                                                              ["Laissez-le se reposer."])
    assert ev.at.endswith("Z")


def test_a_refused_save_stays_refused_until_resolved_take_theirs(tmp_path: Path, cat: Path):
    store = DraftStore.for_project(tmp_path)
    base = base_of(cat)
    store.put(AMIRA, "fr_CA", "K050", REST, ("Texte d'Amira.",), False, base)
    store.put(BEN, "fr_CA", "K050", REST, ("Texte de Ben.",), False, base)
    assert save_drafts(store, AMIRA, "fr_CA", "K050", cat).saved == [REST]
    for _click in range(2):  # the second click on Save must not overwrite Amira either
        result = save_drafts(store, BEN, "fr_CA", "K050", cat)
        assert result.saved == [] and [c.key for c in result.conflicts] == [REST]
        assert on_disk(cat) == "Texte d'Amira."
    [c] = conflicts(store, BEN, "fr_CA", "K050", cat)
    assert c.by == "Amira Haddad" and c.theirs.msgstr == "Texte d'Amira." and c.mine.texts == ("Texte de Ben.",)
    resolve(store, BEN, "fr_CA", "K050", cat, REST, "take-theirs")
    assert on_disk(cat) == "Texte d'Amira." and store.of_catalog(BEN, "fr_CA", "K050") == {}
    assert [(e.event, e.by, e.detail) for e in history.read(cat, REST[0])][-1] == \
        ("resolve", "Ben Tremblay", {"resolution": "take-theirs"})


@pytest.mark.parametrize(("how", "expected"), [("keep-mine", "Texte de Ben."), ("merged", "Texte fusionné.")])
def test_keep_mine_or_merged_writes_over_theirs_knowingly(tmp_path: Path, cat: Path, how: str, expected: str):
    store = DraftStore.for_project(tmp_path)
    base = base_of(cat)
    store.put(AMIRA, "fr_CA", "K050", REST, ("Texte d'Amira.",), False, base)
    store.put(BEN, "fr_CA", "K050", REST, ("Texte de Ben.",), False, base)
    save_drafts(store, AMIRA, "fr_CA", "K050", cat)
    assert save_drafts(store, BEN, "fr_CA", "K050", cat).conflicts
    result = resolve(store, BEN, "fr_CA", "K050", cat, REST, how, merged=("Texte fusionné.",))
    assert result.saved == [REST] and on_disk(cat) == expected
    last = history.read(cat, REST[0])[-1]
    assert (last.event, last.old, last.new, last.detail["resolution"]) == ("resolve", ["Texte d'Amira."],
                                                                          [expected], how)
    assert conflicts(store, BEN, "fr_CA", "K050", cat) == []


def test_a_review_mark_made_meanwhile_is_no_conflict(tmp_path: Path, cat: Path):
    store = DraftStore.for_project(tmp_path)
    store.put(AMIRA, "fr_CA", "K050", REST, ("Texte d'Amira.",), False, base_of(cat))
    po = parse_po(cat)
    entry = next(e for e in po if (e.msgctxt, e.msgid) == REST)
    probe = Version.of(entry)
    mark_reviewed(entry, "Chloé")
    save_edits(cat, {REST: probe}, {REST: Version.of(entry)})
    assert conflicts(store, AMIRA, "fr_CA", "K050", cat) == []
    assert save_drafts(store, AMIRA, "fr_CA", "K050", cat).saved == [REST]


def test_history_is_appended_never_rewritten_and_survives_a_torn_line(cat: Path):
    history.append(cat, [history.event("comment", REST[0], AMIRA, comment="Plus simple ?")])
    target = history.path_for(cat)
    assert target.name == "K050.history.jsonl" and target.parent == cat.parent
    first = target.read_bytes()
    with open(target, "a", encoding="utf-8") as fh:
        fh.write('{"event": "save", "msgctx')  # a torn write from a crash
    history.append(cat, [history.event("reject", REST[0], Who("Chloé", True, "c@x.ca"), comment="Trop long")])
    assert target.read_bytes().startswith(first)
    events = history.read(cat, REST[0])
    assert [(e.event, e.by, e.verified) for e in events] == [("comment", "Amira Haddad", False),
                                                             ("reject", "Chloé", True)]
    assert all(json.loads(line) for line in first.decode().splitlines())
    with pytest.raises(ValueError):
        history.event("delete-everything", REST[0], AMIRA)
