"""Tests for ``generator.read``: bytes -> normalised SourceText, sidecars, folders."""
from __future__ import annotations

import codecs
import datetime as dt
import os
import pathlib

import pytest

from generator import read
from generator.read import MAX_BYTES, SIDECAR_KEYS, SUFFIXES, decode, read_folder, read_sidecar

TEXT = "Huawei’s founder said “we are open” — and the talks continued – for now."


def ok(data: bytes, name: str = "a.txt"):
    text, problems = decode(data, name)
    assert text is not None, problems
    assert problems == ()
    return text


def refused(data: bytes, name: str = "a.txt") -> str:
    text, problems = decode(data, name)
    assert text is None
    assert len(problems) == 1 and problems[0].source == name
    return problems[0].message


# --------------------------------------------------------------------------- constants

def test_public_constants() -> None:
    assert SUFFIXES == (".txt", ".md", ".markdown", ".html", ".htm")
    assert MAX_BYTES >= 1_000_000
    assert SIDECAR_KEYS == frozenset({"title", "date", "publisher", "author", "location", "url"})


# --------------------------------------------------------------------------- encodings

@pytest.mark.parametrize("data, encoding", [
    (TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "utf-8"),
    (codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"), "utf-16"),
    (codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), "utf-16"),
    (TEXT.encode("cp1252"), "cp1252"),
])
def test_decodes_each_encoding_to_the_same_text(data: bytes, encoding: str) -> None:
    text = ok(data)
    assert text.text == TEXT
    assert text.encoding == encoding
    assert not text.text.startswith("\ufeff")


def test_latin1_accents() -> None:
    text = ok("Le café de la Défense a rouvert à Genève.".encode("latin-1"))
    assert text.text == "Le café de la Défense a rouvert à Genève."


def test_bomless_utf16() -> None:
    text = ok("A plain story about a merger in Geneva.".encode("utf-16-le"))
    assert text.text == "A plain story about a merger in Geneva."


@pytest.mark.parametrize("broken, fixed", [
    ("donâ€™t", "don’t"),
    ("Itâ€™s a â€œdealâ€\x9d", "It’s a “deal”"),
    ("the cafÃ© reopened", "the café reopened"),
])
def test_mojibake_is_repaired_keeping_curly_quotes(broken: str, fixed: str) -> None:
    assert ok(broken.encode("utf-8")).text == fixed


@pytest.mark.parametrize("typed, marked", [
    ("\"I regret my failings,'' Holmes said.", "\"I regret my failings,\" Holmes said."),
    ("``Our teams are working hard,″ a spokesperson said.", "\"Our teams are working hard,\" a spokesperson said."),
    ("'India's mission is not India's alone,'' Modi said.", "\"India's mission is not India's alone,\" Modi said."),
    ("The screen is 6″ wide and rock 'n' roll stays.", "The screen is 6″ wide and rock 'n' roll stays."),
])
def test_double_marks_typed_as_two_characters_are_one_mark(typed: str, marked: str) -> None:
    assert ok(typed.encode("utf-8")).text == marked


def test_line_endings_become_newlines() -> None:
    assert ok(b"one\r\ntwo\rthree\nfour").text == "one\ntwo\nthree\nfour"


def test_odd_spaces_and_zero_width_characters() -> None:
    raw = "a\u00a0b\u2009c\u202fd\u200be\u200cf\u2060g\ufeffh\u00adi"
    assert ok(raw.encode("utf-8")).text == "a b c de" + "fghi"


def test_nfc() -> None:
    assert ok("Gene\u0300ve".encode("utf-8")).text == "Genève"


def test_fmt_from_suffix_and_digest() -> None:
    assert ok(b"# Hi", "a.md").fmt == "markdown"
    assert ok(b"# Hi", "a.markdown").fmt == "markdown"
    assert ok(b"<p>Hi</p>", "a.HTML").fmt == "html"
    assert ok(b"<p>Hi</p>", "a.htm").fmt == "html"
    text = ok(b"Hi", "a.txt")
    assert text.fmt == "text" and len(text.digest) == 64 and text.source == "a.txt"


# --------------------------------------------------------------------------- refusals

@pytest.mark.parametrize("data", [
    b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj",
    b"GIF89a\x01\x00\x01\x00",
    b"\xff\xd8\xff\xe0\x00\x10JFIF",
    b"PK\x03\x04\x14\x00\x06\x00",
    b"some text\x00with\x00nul\x00bytes\x00\x01\x02",
    bytes(range(1, 9)) * 50,
])
def test_binary_is_refused(data: bytes) -> None:
    assert "binary" in refused(data)


@pytest.mark.parametrize("data, word", [(b"", "empty"), (b"   \n\t\r\n  ", "white space"),
                                         ("\u00a0\u200b \n".encode("utf-8"), "white space")])
def test_empty_and_blank_are_refused(data: bytes, word: str) -> None:
    assert word in refused(data)


# --------------------------------------------------------------------------- sidecars

def side(tmp_path: pathlib.Path, text: str, name: str = "a.yml") -> tuple[dict, tuple]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return read_sidecar(path)


def test_sidecar_values(tmp_path: pathlib.Path) -> None:
    data, problems = side(tmp_path, "title: A title\ndate: 2019-09-12\npublisher: The Paper\n"
                                    "author: Jane Doe\nlocation: Geneva\nurl: https://example.org/a\n")
    assert problems == ()
    assert data == {"title": "A title", "date": "2019-09-12", "publisher": "The Paper", "author": "Jane Doe",
                    "location": "Geneva", "url": "https://example.org/a"}


@pytest.mark.parametrize("line, expected", [
    ("date: 2019-09-12", "2019-09-12"),
    ("date: '2019-09-12'", "2019-09-12"),
    ("date: 2019-09-12 10:00:00", "2019-09-12"),
])
def test_sidecar_date_is_normalised(tmp_path: pathlib.Path, line: str, expected: str) -> None:
    data, problems = side(tmp_path, line)
    assert problems == () and data == {"date": expected}


def test_sidecar_bad_date(tmp_path: pathlib.Path) -> None:
    data, problems = side(tmp_path, "date: next Tuesday\ntitle: T")
    assert data == {"title": "T"}
    assert len(problems) == 1 and "date" in problems[0].message and "ignored" in problems[0].message
    assert problems[0].source == "a.yml"


def test_sidecar_bad_yaml(tmp_path: pathlib.Path) -> None:
    data, problems = side(tmp_path, "title: [unclosed\n  - : :")
    assert data == {}
    assert len(problems) == 1 and "not valid YAML" in problems[0].message and problems[0].source == "a.yml"


def test_sidecar_unknown_keys_and_wrong_types(tmp_path: pathlib.Path) -> None:
    data, problems = side(tmp_path, "title: T\ncolour: red\nauthor: [a, b]\nlocation: {x: 1}\n")
    assert data == {"title": "T"}
    messages = [p.message for p in problems]
    assert any("colour" in m and "ignored" in m for m in messages)
    assert any(m.startswith("author") for m in messages)
    assert any(m.startswith("location") for m in messages)


def test_sidecar_not_a_mapping_and_empty(tmp_path: pathlib.Path) -> None:
    data, problems = side(tmp_path, "- a\n- b\n")
    assert data == {} and len(problems) == 1
    assert side(tmp_path, "", "b.yml") == ({}, ())


def test_sidecar_null_means_unknown_and_numbers_become_text(tmp_path: pathlib.Path) -> None:
    data, problems = side(tmp_path, "author: null\ntitle: 1984\n")
    assert problems == () and data == {"author": None, "title": "1984"}


def test_sidecar_missing_file_never_raises(tmp_path: pathlib.Path) -> None:
    data, problems = read_sidecar(tmp_path / "nope.yml")
    assert data == {} and len(problems) == 1


# --------------------------------------------------------------------------- folders

def write(folder: pathlib.Path, name: str, data: bytes | str) -> pathlib.Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(data, str):
        data = data.encode("utf-8")
    path.write_bytes(data)
    return path


def test_folder_reads_sorted_with_sidecars_and_problems(tmp_path: pathlib.Path) -> None:
    seeds = tmp_path / "seeds"
    write(seeds, "b.txt", "Second story.")
    write(seeds, "a.md", "# First\n\nFirst story.")
    write(seeds, "a.yml", "date: 2019-09-12\ntitle: Mine\n")
    write(seeds, "c.html", "<p>Third</p>")
    write(seeds, "photo.png", b"\x89PNG\r\n\x1a\n")
    write(seeds, "notes", "no suffix")
    write(seeds, "empty.txt", b"")
    write(seeds, "bin.txt", b"\x00\x01\x02\x03" * 10)
    write(seeds, ".hidden.txt", "hidden")
    write(seeds, ".git/x.txt", "hidden folder")
    write(seeds, "orphan.yml", "title: x")
    texts, problems = read_folder(seeds)
    assert [t.source for t in texts] == ["a.md", "b.txt", "c.html"]
    assert texts[0].overrides == {"date": "2019-09-12", "title": "Mine"}
    assert texts[1].overrides == {}
    shown = sorted(str(p) for p in problems)
    assert "photo.png: not an article file (.png); skipped" in shown
    assert "notes: not an article file (no suffix); skipped" in shown
    assert "empty.txt: the file is empty; skipped" in shown
    assert any(s.startswith("bin.txt:") and "binary" in s for s in shown)
    assert any(s.startswith("orphan.yml:") for s in shown)
    assert len(problems) == 5


def test_folder_sidecar_problem_names_the_sidecar(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "a.txt", "A story.")
    write(tmp_path, "a.yml", "title: [broken")
    texts, problems = read_folder(tmp_path)
    assert [t.source for t in texts] == ["a.txt"] and texts[0].overrides == {}
    assert len(problems) == 1 and problems[0].source == "a.yml"


def test_folder_too_large(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(read, "MAX_BYTES", 100)
    write(tmp_path, "big.txt", "x" * 101)
    write(tmp_path, "small.txt", "A short story.")
    texts, problems = read_folder(tmp_path)
    assert [t.source for t in texts] == ["small.txt"]
    assert len(problems) == 1 and "too large" in problems[0].message and problems[0].source == "big.txt"


def test_folder_symlinks(tmp_path: pathlib.Path) -> None:
    seeds = tmp_path / "seeds"
    outside = write(tmp_path, "secret.txt", "outside the seeds")
    inside = write(seeds, "real.txt", "A story inside.")
    (seeds / "escape.txt").symlink_to(outside)
    (seeds / "alias.txt").symlink_to(inside)
    (seeds / "broken.txt").symlink_to(tmp_path / "missing.txt")
    texts, problems = read_folder(seeds)
    assert [t.source for t in texts] == ["alias.txt", "real.txt"]
    messages = {p.source: p.message for p in problems}
    assert "outside the seeds folder" in messages["escape.txt"]
    assert "broken symlink" in messages["broken.txt"]
    assert all("outside the seeds" not in t.text for t in texts)


def test_folder_subfolders_are_read(tmp_path: pathlib.Path) -> None:
    write(tmp_path, "2019/a.txt", "A story in a subfolder.")
    texts, problems = read_folder(tmp_path)
    assert [t.source for t in texts] == ["2019/a.txt"] and problems == []


def test_folder_unreadable_file(tmp_path: pathlib.Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write(tmp_path, "a.txt", "locked")
    write(tmp_path, "b.txt", "A readable story.")
    if os.geteuid() == 0:  # root reads a chmod-000 file anyway: make the refusal happen
        real_open = pathlib.Path.open

        def refuse(self, *args, **kwargs):
            if self.name == "a.txt":
                raise PermissionError(13, "Permission denied")
            return real_open(self, *args, **kwargs)

        monkeypatch.setattr(pathlib.Path, "open", refuse)
    path.chmod(0)
    try:
        texts, problems = read_folder(tmp_path)
    finally:
        path.chmod(0o644)
    assert [t.source for t in texts] == ["b.txt"]
    assert problems[0].source == "a.txt" and "cannot read the file (Permission denied)" in problems[0].message


def test_folder_missing(tmp_path: pathlib.Path) -> None:
    texts, problems = read_folder(tmp_path / "nope")
    assert texts == [] and len(problems) == 1


def test_sidecar_date_object_from_yaml(tmp_path: pathlib.Path) -> None:
    data, _ = side(tmp_path, "date: 2020-02-29")
    assert data["date"] == dt.date(2020, 2, 29).isoformat()


# --------------------------------------------------------------------------- properties

from hypothesis import given, settings, strategies as st  # noqa: E402


@settings(max_examples=300, deadline=None)
@given(st.binary(max_size=400))
def test_decode_never_raises_on_any_bytes(data: bytes) -> None:
    text, problems = decode(data, "x.txt")
    assert text is not None or problems  # never dropped without a word
    if text is not None:
        assert "\r" not in text.text and "\u200b" not in text.text and "\u00a0" not in text.text
        assert text.text.strip()


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=300))
def test_utf8_text_round_trips_up_to_normalisation(s: str) -> None:
    text, _ = decode(s.encode("utf-8"), "x.txt")
    if text is not None:
        assert "\r" not in text.text


def test_utf8_with_a_stray_latin1_byte() -> None:
    text = ok("He said “don’t” go. ".encode("utf-8") + b"Caf\xe9 au lait \x96 now.")
    assert text.text == "He said “don’t” go. Café au lait – now." and text.encoding == "utf-8"


def test_bytes_undefined_in_cp1252_still_decode() -> None:
    text = ok(b"Prices rose \x81 sharply in the region, officials said on Monday evening.")
    assert text.text.startswith("Prices rose") and text.text.endswith("Monday evening.")


def test_folder_symlinked_folder_is_not_followed(tmp_path: pathlib.Path) -> None:
    seeds = tmp_path / "seeds"
    write(tmp_path, "elsewhere/secret.txt", "outside")
    write(seeds, "a.txt", "A story.")
    (seeds / "linked").symlink_to(tmp_path / "elsewhere")
    texts, problems = read_folder(seeds)
    assert [t.source for t in texts] == ["a.txt"]
    assert [str(p) for p in problems] == ["linked: symlinked folder; not followed"]


def test_other_line_breaks() -> None:
    assert ok("one\u2028two\u2029three\x0cfour".encode("utf-8")).text == "one\ntwo\n\nthree\n\nfour"


PLAIN_AND_ODD = ("ab \t\n.,;é“”‘’–—…©€£°½ÀÁõÿ\u00a0\u00ad\u200b\u2028\u202f\x0b\x0c\x85\x00\x7fÃÂâ€™\ufffdé"
                 "\u0301e\u212b\r")


@pytest.mark.parametrize("text", ["Plain “quoted” text — €5, £3, © 2020.\n", "café ", "cafe\u0301",
                                  "a\u00a0b", "don’t", "donâ€™t", "x\u200by", "line\u2028two", "Å\u212b"])
def test_the_plain_text_shortcut_changes_nothing(text, monkeypatch):
    fast = read.decode(text.encode("utf-8"), "a.txt")
    monkeypatch.setattr(read, "UNUSUAL", __import__("re").compile("(?s)."))  # every text takes the long way
    assert read.decode(text.encode("utf-8"), "a.txt") == fast


def test_the_plain_text_shortcut_changes_nothing_on_any_mix(monkeypatch):
    from hypothesis import given, settings
    from hypothesis import strategies as st

    long_way = __import__("re").compile("(?s).")

    @settings(max_examples=300, deadline=None)
    @given(st.text(alphabet=PLAIN_AND_ODD, max_size=40))
    def check(text):
        data = text.encode("utf-8")
        fast = read.decode(data, "a.txt")
        with monkeypatch.context() as m:
            m.setattr(read, "UNUSUAL", long_way)
            assert read.decode(data, "a.txt") == fast

    check()


def test_the_plain_characters_need_no_normalising():
    """Every character UNUSUAL lets through is left as it is by each pass it skips."""
    import re
    import unicodedata

    plain = [chr(c) for c in range(0x110000) if not read.UNUSUAL.match(chr(c))]
    assert len(plain) > 200
    for c in plain:
        assert unicodedata.normalize("NFC", c) == c and unicodedata.combining(c) == 0, hex(ord(c))
        assert unicodedata.normalize("NFD", c) == c or c.isalpha(), hex(ord(c))
        for pattern in (read.ODD_BREAK, read.CONTROL, read.ODD_SPACES, read.INVISIBLE,
                        re.compile("[\u00c2-\u00f4\u0080-\u009f\ufffd]")):
            assert not pattern.search(c), hex(ord(c))
