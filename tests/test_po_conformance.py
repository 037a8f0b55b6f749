"""One reader, conformant with GNU gettext: every small catalog in ``tests/data/po_conformance`` (one construct
each, named ``accept-…`` or ``reject-…``) is given to the real msgfmt and to our reader, and both must say the
same; what msgfmt compiles, we read to the same texts; what it refuses is one ``path:line:`` line and exit 2."""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
from pathlib import Path

import pytest

from pipeline.catalog import parse_po, render_po, save_po
from pipeline.errors import InputError
from pipeline.mo import compile_mo
from pipeline.pocharset import canonical
from pipeline.poreader import read_po
from pipeline.store import Version, save_edits, snapshot
from tests.conftest import run_cli

HERE = Path(__file__).parent / "data" / "po_conformance"
CASES = sorted(HERE.iterdir())
MSGFMT = shutil.which("msgfmt")
needs_msgfmt = pytest.mark.skipif(MSGFMT is None, reason="GNU gettext's msgfmt is not installed")


def _msgfmt(path: Path, out: Path) -> subprocess.CompletedProcess[str]:
    """msgfmt as a project would run it, in an empty folder: one .mo file a domain."""
    out.mkdir()
    return subprocess.run([MSGFMT or "msgfmt", str(path)], cwd=out, capture_output=True, text=True, check=False,
                          env={"LC_ALL": "C", "PATH": "/usr/bin:/bin"})


def _mo_texts(data: bytes) -> dict[object, str]:
    """The translations of a .mo file, decoded by the charset its header names (UTF-8 when it names none
    that Python knows, as for a template's ``CHARSET``): msgid -> text, (msgid, n) -> form n."""
    _magic, _rev, count, originals, translations = struct.unpack("<5I", data[:20])
    raw: list[tuple[bytes, bytes]] = []
    for i in range(count):
        n1, o1 = struct.unpack("<2I", data[originals + 8 * i:originals + 8 * i + 8])
        n2, o2 = struct.unpack("<2I", data[translations + 8 * i:translations + 8 * i + 8])
        raw.append((data[o1:o1 + n1], data[o2:o2 + n2]))
    header = dict(raw).get(b"", b"")
    declared = re.search(rb"charset=([^ \t\n;]+)", header)
    codec = canonical(declared.group(1).decode()) if declared else None
    charset = {"ASCII": "ascii"}.get(codec or "", codec or "utf-8")
    out: dict[object, str] = {}
    for msgid, text in raw:
        if not msgid:
            continue
        if b"\0" in msgid:
            singular = msgid.split(b"\0")[0].decode(charset)
            out.update({(singular, i): t.decode(charset) for i, t in enumerate(text.split(b"\0"))})
        else:
            out[msgid.decode(charset)] = text.decode(charset)
    return out


def _ours(path: Path) -> str:
    try:
        read_po(path)
    except InputError as exc:
        return f"reject: {exc}"
    return "accept"


def test_the_folder_covers_both_verdicts():
    names = [p.name for p in CASES]
    assert all(n.startswith(("accept-", "reject-")) for n in names)
    assert sum(n.startswith("accept-") for n in names) >= 15 and sum(n.startswith("reject-") for n in names) >= 15


@needs_msgfmt
@pytest.mark.parametrize("case", CASES, ids=[p.name for p in CASES])
def test_we_accept_exactly_what_msgfmt_accepts(case: Path, tmp_path: Path):
    gnu = _msgfmt(case, tmp_path / "mo")
    expected = case.name.split("-")[0]
    assert ("accept" if gnu.returncode == 0 else "reject") == expected, gnu.stderr  # the file says what it tests
    ours = _ours(case)
    assert ours.split(":")[0] == expected, ours


@needs_msgfmt
@pytest.mark.parametrize("case", [p for p in CASES if p.name.startswith("accept-")],
                         ids=[p.name for p in CASES if p.name.startswith("accept-")])
def test_what_msgfmt_compiles_we_read_to_the_same_texts(case: Path, tmp_path: Path):
    """Charsets, escapes (octal, hex), strings split any way: every translation msgfmt puts in the .mo file is
    the text our reader gives (Python's gettext reads the .mo file, decoding by its header)."""
    assert _msgfmt(case, tmp_path / "mo").returncode == 0
    compiled: dict[tuple[str, object], str] = {}
    for mo in sorted((tmp_path / "mo").glob("*.mo")):
        domain = "" if mo.stem == "messages" else mo.stem
        compiled.update({(domain, key): text for key, text in _mo_texts(mo.read_bytes()).items()})
    ours: dict[tuple[str, object], str] = {}
    for e in read_po(case):
        if e.obsolete or not e.msgid or "fuzzy" in e.flags:
            continue
        msgid = f"{e.msgctxt}\x04{e.msgid}" if e.msgctxt is not None else e.msgid
        if e.msgid_plural:
            if e.msgstr_plural.get(0):
                ours.update({(e.domain, (msgid, i)): t for i, t in e.msgstr_plural.items()})
        elif e.msgstr:
            ours[(e.domain, msgid)] = e.msgstr
    assert ours == compiled


@pytest.mark.parametrize("case", [p for p in CASES if p.name.startswith("reject-")][:8],
                         ids=[p.name for p in CASES if p.name.startswith("reject-")][:8])
def test_a_refused_catalog_is_one_line_and_exit_2(case: Path, tmp_path: Path):
    folder = tmp_path / "fr" / "LC_MESSAGES"
    folder.mkdir(parents=True)
    shutil.copy(case, folder / "K050.po")
    r = run_cli("validate", str(tmp_path / "fr"), cwd=tmp_path)
    assert r.code == 2 and r.out == "", (r.out, r.err)
    assert r.err.count("\n") == 1 and r.err.startswith(f"{folder / 'K050.po'}:"), r.err
    assert "Traceback" not in r.err


def test_a_foreign_charset_is_read_as_it_is_and_validate_says_utf_8_is_recommended(tmp_path: Path):
    folder = tmp_path / "fr"
    folder.mkdir()
    shutil.copy(HERE / "accept-iso-8859-1.po", folder / "K050.po")
    before = (folder / "K050.po").read_bytes()
    r = run_cli("validate", str(folder), cwd=tmp_path)
    assert r.code == 0, r.err
    assert "warning header: the catalog is in ISO-8859-1; UTF-8 is recommended" in r.out
    assert (folder / "K050.po").read_bytes() == before  # validate reads, never converts
    cat = read_po(folder / "K050.po")
    assert cat.charset == "ISO-8859-1" and cat.entries[-1].msgstr == "Fièvre élevée"
    big5 = read_po(HERE / "accept-big5-backslash-byte.po")
    assert big5.entries[-1].msgstr == "許可"  # its second byte is 0x5C, a backslash if read as bytes
    for case in (HERE / "accept-iso-8859-1.po", HERE / "accept-big5-backslash-byte.po"):  # compiled: UTF-8, said
        data, _count = compile_mo(read_po(case))
        texts = _mo_texts(data)
        assert b"charset=UTF-8" in data and list(texts.values()) == [read_po(case).entries[-1].msgstr]


def test_the_pipeline_writes_utf_8_when_it_rewrites_a_foreign_catalog(tmp_path: Path):
    """An editor save into a KOI8-R catalog: the whole file comes back UTF-8, its header says so, and every
    other byte of text is as it was."""
    path = tmp_path / "ru.po"
    shutil.copy(HERE / "accept-koi8-r.po", path)
    original = path.read_bytes().decode("koi8_r")
    base = snapshot(parse_po(path))
    key = next(iter(base))
    result = save_edits(path, base, {key: Version(base[key].msgstr + "!", False, base[key].tcomment)})
    assert result.saved == [key]
    text = path.read_bytes().decode("utf-8")
    assert text == original.replace("charset=KOI8-R", "charset=UTF-8").replace("38 °C\"", "38 °C!\"")
    assert read_po(path).charset == "UTF-8"


def test_obsolete_previous_fields_and_odd_spacing_survive_a_round_trip(tmp_path: Path):
    """polib alone drops ``#~|`` lines and refuses ``msgid "a" "b"`` on one line; both are msgfmt's grammar."""
    obsolete = HERE / "accept-obsolete-with-previous-and-context.po"
    # (polib starts a catalog that has no header comment with an empty one, "#")
    assert render_po(parse_po(obsolete)).removeprefix("#\n") == obsolete.read_text(encoding="utf-8")
    spaced = tmp_path / "spaced.po"
    shutil.copy(HERE / "accept-strings-on-one-line.po", spaced)
    po = parse_po(spaced)
    assert po.find("Call 811").msgstr == "Appelez le 811"
    assert po.find("day").msgstr_plural == {0: "jour", 1: "jours"}
    save_po(po, spaced)
    assert 'msgstr[1] "jours"' in spaced.read_text(encoding="utf-8")
    assert parse_po(spaced).find("day").msgstr_plural == {0: "jour", 1: "jours"}


def test_a_catalog_with_domains_is_validated_but_not_edited(tmp_path: Path):
    path = tmp_path / "fr" / "K050.po"
    path.parent.mkdir()
    shutil.copy(HERE / "accept-domain-keyword.po", path)
    assert {e.domain for e in read_po(path) if e.msgid} == {"k050", "site"}
    with pytest.raises(InputError) as exc:
        parse_po(path)
    assert "one domain" in exc.value.message and exc.value.line == 6
