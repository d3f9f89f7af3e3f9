"""Stage ``read``: files on disk -> normalised ``SourceText`` records.

Decoding tries the cheap, certain readings first (UTF-8, a UTF-16/32 byte-order
mark), then Windows-1252 (the usual encoding of scraped Western text), and only
then asks charset-normalizer to guess. Mojibake is repaired with ftfy, and the
text is normalised so that later stages only ever see ``\\n`` line endings,
ordinary spaces and NFC characters. Nothing here raises for one bad input: every
refusal is a ``Problem`` naming the file, what was wrong and what was done.
"""
from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import os
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Iterable
from pathlib import Path

import yaml

from .models import Problem, SourceText

# Article files, compared case-insensitively.
SUFFIXES: tuple[str, ...] = (".txt", ".md", ".markdown", ".html", ".htm")
# Sidecar files holding the user's overrides for the article with the same stem.
SIDECAR_SUFFIXES: tuple[str, ...] = (".yml", ".yaml")
# Largest article file read, in bytes; a news article is a few kilobytes.
MAX_BYTES: int = 5_000_000
# Keys a sidecar may set; each is a string (``date`` is also accepted as a YAML date).
SIDECAR_KEYS: frozenset[str] = frozenset({"title", "date", "publisher", "author", "location", "url"})

FORMATS: dict[str, str] = {".md": "markdown", ".markdown": "markdown", ".html": "html", ".htm": "html"}

# Signatures of binary formats that are never article text.
BINARY_SIGNATURES: tuple[bytes, ...] = (
    b"\x89PNG", b"%PDF-", b"GIF87a", b"GIF89a", b"\xff\xd8\xff", b"PK\x03\x04", b"\x1f\x8b",
    b"II*\x00", b"MM\x00*", b"\x7fELF", b"OggS", b"Rar!\x1a", b"7z\xbc\xaf", b"\xd0\xcf\x11\xe0",
)
# Byte-order marks and the codec each one announces (UTF-32 before UTF-16: same prefix).
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"),
)
# Odd spaces (NBSP, en/em/thin/narrow spaces, ideographic space) that become a plain space.
ODD_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]")
# Invisible characters that are dropped: zero-width space/joiners, word joiner, BOM, soft hyphen.
INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
# Other line and page breaks: line separator, paragraph separator, form feed, vertical tab, NEL.
LINE_BREAKS = str.maketrans({"\u2028": "\n", "\u2029": "\n\n", "\x0c": "\n\n", "\x0b": "\n", "\x85": "\n"})
# Any of those characters (a search is much faster than a translate that finds nothing).
ODD_BREAK = re.compile("[\u2028\u2029\x0c\x0b\x85]")
# Control characters other than tab and newline (after line endings are normalised).
CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
# A cheap sign of mojibake, so that ftfy (slow) only runs when it may have work: a UTF-8
# lead byte read as Latin-1/cp1252 (Â Ã â ð ...) followed by a continuation byte read the
# same way, or a C1 control character.
MOJIBAKE_HINT = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc"
    "\u2013\u2014\u2018-\u201e\u2020-\u2022\u2026\u2030\u2039\u203a\u20ac\u2122]|[\u0080-\u009f]")
# Bytes that were not valid UTF-8, as Python's surrogateescape error handler shows them.
STRAY_BYTES = re.compile("[\udc80-\udcff]+")
# Bytes that Windows-1252 leaves undefined.
CP1252_HOLES = frozenset((0x81, 0x8D, 0x8F, 0x90, 0x9D))
# Latin-1 characters U+0080-U+009F -> what those bytes mean in Windows-1252.
CP1252_TABLE = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in CP1252_HOLES}
# A character the normalising passes below might change: anything but tab, newline,
# printable ASCII and common punctuation, symbols and Latin-1 letters that are NFC as they
# stand, are no odd space, break, control or invisible character, and cannot start a
# mojibake sequence (U+00C2-U+00F4). Most files hold none: one scan then replaces the
# five passes (measured on 10,000 scraped-style files: a third of the time of read).
UNUSUAL = re.compile("[^\t\n\x20-\x7e\u00a1-\u00ac\u00ae-\u00c1\u00f5-\u00ff\u2010-\u2027"
                     "\u2030-\u205e\u20a0-\u20c0\u2122]")
# A sidecar date written as text: YYYY-MM-DD.
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# Anything that is not a lowercase ASCII letter or digit, for slugs.
NOT_SLUG = re.compile(r"[^a-z0-9]+")
# Ids no article may take: articles/index.md is the Articles index.
RESERVED_IDS = frozenset({"index"})


def decode(data: bytes, source: str) -> tuple[SourceText | None, tuple[Problem, ...]]:
    """Bytes -> normalised text, or None with a Problem saying why (binary, empty, blank).

    The text has ``\\n`` line endings, plain spaces for odd spaces, no zero-width
    characters, repaired mojibake (curly quotes kept) and NFC characters.
    """
    if not data:
        return None, (Problem(source, "the file is empty; skipped"),)
    if data.startswith(BINARY_SIGNATURES) and not _has_bom(data):
        return None, (Problem(source, "the file is binary (not text); skipped"),)
    text, encoding = _to_text(data)
    if text is None:
        return None, (Problem(source, "the file is binary (not text); skipped"),)
    guessed: tuple[Problem, ...] = ()
    if encoding.startswith("guess:"):
        encoding = encoding.removeprefix("guess:")
        guessed = (Problem(source, f"not valid UTF-8, UTF-16 or Windows-1252; decoded as {encoding} "
                                   "(a guess): check the text"),)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if UNUSUAL.search(text):  # else none of the passes below would change anything
        if ODD_BREAK.search(text):
            text = text.translate(LINE_BREAKS)
        if _mostly_control(text):
            return None, (Problem(source, "the file is binary (mostly control characters); skipped"),)
        if MOJIBAKE_HINT.search(text):
            import ftfy  # imported late, like charset_normalizer: most files never need it

            text = ftfy.fix_text(text, uncurl_quotes=False, explain=False)
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        text = INVISIBLE.sub("", ODD_SPACES.sub(" ", text))
        text = CONTROL.sub("", text)
        text = unicodedata.normalize("NFC", text)
    if "''" in text or "``" in text or "″" in text:
        # a double quotation mark typed as two apostrophes ('... my body,'' Holmes said') or
        # two backticks: one mark, as the quotation finder reads it
        text = "\n".join(_typed_marks(line) for line in text.split("\n"))
    if not text.strip():
        return None, (Problem(source, "the file holds only white space; skipped"),)
    fmt = FORMATS.get(_suffix(source).lower(), "text")
    digest = hashlib.sha256(data).hexdigest()
    return SourceText(source, text, encoding, digest, fmt), guessed  # type: ignore[arg-type]


# A closing double mark typed as two apostrophes after a word or its punctuation, or as a
# double prime after punctuation (',″ Rogers said'; "6″" is six inches), and an opening one
# typed as two backticks.
TYPED_CLOSE = re.compile(r"(?<=[\w.,!?…])''(?=[\s.,;:!?)\]]|$)|(?<=[.,!?…])″(?=[\s)\]]|$)")
TYPED_OPEN = re.compile(r"``(?=\w)")


def _typed_marks(line: str) -> str:
    """A line with its double marks typed as two apostrophes or backticks made one mark; a
    single mark opening the words a typed double mark closes ("'India's ... humanity,''
    Modi said") is made a double mark too."""
    line = TYPED_OPEN.sub('"', line)
    out, last = [], 0
    for m in TYPED_CLOSE.finditer(line):
        head = line[last:m.start()]
        if '"' not in head:
            opener = len(head) - len(head.lstrip()) if not out else -1  # the line's first mark only
            if opener >= 0 and head[opener:opener + 1] == "'" and head[opener + 1:opener + 2].isalnum():
                head = head[:opener] + '"' + head[opener + 1:]
        out.append(head + '"')
        last = m.end()
    return "".join(out) + line[last:]


def _has_bom(data: bytes) -> bool:
    return any(data.startswith(bom) for bom, _ in BOMS)


def _to_text(data: bytes) -> tuple[str | None, str]:
    """Decode with the most certain codec that works; None when the bytes are not text."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                break
            return text.lstrip("\ufeff"), "utf-8" if codec == "utf-8-sig" else codec
    guessed16 = _bomless_utf16(data)
    if guessed16:
        try:
            return data.decode(guessed16), guessed16
        except UnicodeDecodeError:
            pass
    if b"\x00" in data:
        return None, ""
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    mixed = _mostly_utf8(data)
    if mixed is not None:
        return mixed, "utf-8"
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        pass
    if sum(b > 0x7F for b in data) <= max(2, len(data) // 200):
        # Plain ASCII with a stray byte or two that cp1252 leaves undefined: no guess needed.
        return _single_byte(data), "cp1252"
    from charset_normalizer import from_bytes  # imported late: only rare files need it

    best = from_bytes(data).best()
    if best is not None and best.encoding:
        return str(best), "guess:" + best.encoding
    return data.decode("latin-1"), "guess:latin-1"


def _mostly_utf8(data: bytes) -> str | None:
    """UTF-8 text with a few stray single-byte characters (a file edited in two encodings).

    When valid multi-byte UTF-8 sequences outnumber the invalid bytes, the text is
    UTF-8 and each invalid byte is read as Windows-1252 (Latin-1 where cp1252 has
    no character). None when the bytes do not look like UTF-8 at all.
    """
    text = data.decode("utf-8", "surrogateescape")
    bad = len(STRAY_BYTES.findall(text))
    good = sum(1 for c in text if ord(c) > 0x7F and not 0xDC80 <= ord(c) <= 0xDCFF)
    if good == 0 or bad > good:
        return None
    return STRAY_BYTES.sub(lambda m: _single_byte(bytes(ord(c) - 0xDC00 for c in m.group(0))), text)


def _single_byte(raw: bytes) -> str:
    """Windows-1252, with the five bytes it leaves undefined read as Latin-1."""
    return raw.decode("latin-1").translate(CP1252_TABLE)


def _bomless_utf16(data: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the bytes look like BOM-less UTF-16 Latin text."""
    sample = data[:4000]
    if len(sample) < 8 or len(sample) % 2:
        return None
    even, odd = sample[0::2], sample[1::2]
    half = len(sample) // 2
    if odd.count(0) > 0.7 * half and even.count(0) < 0.05 * half:
        return "utf-16-le"
    if even.count(0) > 0.7 * half and odd.count(0) < 0.05 * half:
        return "utf-16-be"
    return None


def _mostly_control(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    bad = len(CONTROL.findall(sample)) + sample.count("\ufffd")
    return bad > 0.1 * len(sample)


def read_sidecar(path: Path) -> tuple[dict[str, object], tuple[Problem, ...]]:
    """The user's overrides from ``seeds/<stem>.yml``; never raises.

    Bad YAML, a non-mapping, unknown keys and values of the wrong type give a
    Problem naming the file and what was ignored. ``date`` becomes 'YYYY-MM-DD'.
    A key set to null is kept as None: the user says the value is unknown.
    """
    name = path.name
    try:
        raw = path.read_bytes()
    except OSError as exc:
        return {}, (Problem(name, f"cannot read the sidecar ({exc.strerror or exc}); ignored"),)
    try:
        data = yaml.safe_load(raw.decode("utf-8-sig"))
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return {}, (Problem(name, f"the sidecar is not valid YAML ({first}); ignored"),)
    if data is None:
        return {}, ()
    if not isinstance(data, dict):
        return {}, (Problem(name, "the sidecar is not a mapping of keys to values; ignored"),)
    out: dict[str, object] = {}
    problems: list[Problem] = []
    unknown = sorted(str(k) for k in data if k not in SIDECAR_KEYS)
    if unknown:
        problems.append(Problem(name, f"unknown key(s) {', '.join(unknown)}; ignored "
                                      f"(known: {', '.join(sorted(SIDECAR_KEYS))})"))
    for key in sorted(k for k in data if k in SIDECAR_KEYS):
        value = data[key]
        if value is None:
            out[key] = None
        elif key == "date":
            date = _sidecar_date(value)
            if date is None:
                problems.append(Problem(name, f"date {value!r} is not a date written YYYY-MM-DD; ignored"))
            else:
                out[key] = date
        elif isinstance(value, str) and value.strip():
            out[key] = " ".join(value.split())
        elif isinstance(value, (int, float)) and not isinstance(value, bool):
            out[key] = str(value)
        else:
            problems.append(Problem(name, f"{key} must be a text value, not {type(value).__name__}; ignored"))
    return out, tuple(problems)


def _sidecar_date(value: object) -> str | None:
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str) and ISO_DATE.match(value.strip()):
        try:
            return dt.date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            return None
    return None


def read_folder(seeds: Path) -> tuple[list[SourceText], list[Problem]]:
    """Every article file under ``seeds`` (hidden files and folders skipped), decoded.

    Sorted by relative path so the order never depends on the file system. Each
    article carries its sidecar's overrides. A bad file (outside symlink, unreadable,
    too large, binary, empty, other suffix) gives a Problem and is skipped; the
    others are read. Never raises for one file.
    """
    texts: list[SourceText] = []
    problems: list[Problem] = []
    try:
        root = seeds.resolve(strict=True)
    except OSError as exc:
        return [], [Problem(str(seeds), f"cannot open the seeds folder ({exc.strerror or exc}); nothing read")]
    if not root.is_dir():
        return [], [Problem(str(seeds), "the seeds path is not a folder; nothing read")]
    found, linked = _walk(root)
    files = sorted(found)
    for folder in sorted(linked, key=lambda rel: rel.split("/")):  # in Path order, as before
        problems.append(Problem(folder, "symlinked folder; not followed"))
    top = str(root)
    for step in _plan(files):
        if isinstance(step, Problem):
            problems.append(step)
            continue
        rel, stem, candidates = step
        text, read_problems = _read_one(root, os.path.join(top, rel), rel)
        problems.extend(read_problems)
        if text is None:
            continue
        if candidates:
            sidecar, side_problem = _sidecar_for(root, stem, [root / c for c in candidates])
            if side_problem is not None:
                problems.append(side_problem)
            if sidecar is not None:
                overrides, side_problems = read_sidecar(sidecar)
                side_rel = sidecar.relative_to(root).as_posix()
                problems.extend(Problem(side_rel, p.message) for p in side_problems)
                if overrides:
                    text = SourceText(text.source, text.text, text.encoding, text.digest, text.fmt, overrides)
        texts.append(text)
    return texts, problems


# One step of reading a folder, decided by the file names alone: a Problem to report, or
# an article file to read (its relative path, its stem, its possible sidecars' paths).
Step = Problem | tuple[str, str, tuple[str, ...]]


def _plan(files: list[str]) -> list[Step]:
    """What the sorted relative paths of a folder's files decide by their names alone, in
    order: names that are not valid UTF-8, orphan sidecars and other suffixes are
    problems; article files are to be read, each with its sidecar candidates."""
    article_stems = {_stem(rel).lower() for rel in files if _suffix(rel).lower() in SUFFIXES}
    # Sidecars by folder and lower-case stem, found once (not one folder listing per article).
    sidecars: dict[tuple[str, str], list[str]] = {}
    for rel in files:
        if _suffix(rel).lower() in SIDECAR_SUFFIXES:
            folder, _, name = rel.rpartition("/")
            sidecars.setdefault((folder, _split(name)[0].lower()), []).append(rel)
    steps: list[Step] = []
    for rel in files:
        try:
            rel.encode("utf-8")
        except UnicodeEncodeError:  # undecodable bytes in the name (surrogate escapes)
            shown = os.fsencode(rel).decode("utf-8", "backslashreplace")
            steps.append(Problem(shown, "the file name is not valid UTF-8; skipped (rename the file)"))
            continue
        folder, _, name = rel.rpartition("/")
        stem, suffix = _split(name)
        suffix = suffix.lower()
        if suffix in SIDECAR_SUFFIXES:
            if _stem(rel).lower() not in article_stems:
                steps.append(Problem(rel, "sidecar with no article of the same name; ignored"))
            continue
        if suffix not in SUFFIXES:
            what = f"({suffix})" if suffix else "(no suffix)"
            steps.append(Problem(rel, f"not an article file {what}; skipped"))
            continue
        steps.append((rel, stem, tuple(sidecars.get((folder, stem.lower()), ()))))
    return steps


def _split(name: str) -> tuple[str, str]:
    """(stem, suffix) of a file name, as ``pathlib`` reads them: 'a.b.txt' -> ('a.b', '.txt');
    a name starting with its only dot, or ending with a dot, has no suffix."""
    i = name.rfind(".")
    if 0 < i < len(name) - 1:
        return name[:i], name[i:]
    return name, ""


def _suffix(rel: str) -> str:
    """The last suffix of a relative path's file name: 'a/b.txt' -> '.txt'."""
    return _split(rel.rpartition("/")[2])[1]


def _stem(rel: str) -> str:
    """The relative path without its last suffix: 'a/b.txt' -> 'a/b'."""
    suffix = _suffix(rel)
    return rel[: -len(suffix)] if suffix else rel


def _walk(root: Path) -> tuple[list[str], list[str]]:
    """(every non-hidden file under root, the symlinked folders found and not entered),
    as POSIX paths relative to root."""
    out: list[str] = []
    linked: list[str] = []
    top = str(root)
    for dirpath, dirnames, filenames in os.walk(top, followlinks=False):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        here = os.path.relpath(dirpath, top).replace(os.sep, "/")
        prefix = "" if here == "." else here + "/"
        for d in list(dirnames):
            if os.path.islink(os.path.join(dirpath, d)):
                dirnames.remove(d)
                linked.append(prefix + d)
        out.extend(prefix + f for f in filenames if not f.startswith("."))
    return out, linked


def _read_one(root: Path, path: str, rel: str) -> tuple[SourceText | None, tuple[Problem, ...]]:
    """One article file, decoded, or the problems that kept it out."""
    try:
        info = os.lstat(path)  # one system call answers "symlink?", "regular file?" and the size
    except OSError as exc:
        return None, (Problem(rel, f"cannot read the file ({exc.strerror or exc}); skipped"),)
    if stat.S_ISLNK(info.st_mode):
        try:
            target = Path(path).resolve(strict=True)
        except (OSError, RuntimeError):
            return None, (Problem(rel, "broken symlink; skipped"),)
        if not target.is_relative_to(root):
            return None, (Problem(rel, "symlink pointing outside the seeds folder; not followed"),)
    try:
        if stat.S_ISLNK(info.st_mode):
            info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            return None, (Problem(rel, "not a regular file; skipped"),)
        size = info.st_size
        if size > MAX_BYTES:
            return None, (Problem(rel, f"file too large ({size:,} bytes, limit {MAX_BYTES:,}); skipped"),)
        with Path(path).open("rb") as handle:
            # What stat promised, plus one byte to notice growth: read(MAX_BYTES + 1) would
            # allocate the whole limit for every small file.
            data = handle.read(size + 1)
            if len(data) > size:  # the file grew since stat (or stat gave no size)
                data += handle.read(MAX_BYTES + 1 - len(data))
    except OSError as exc:
        return None, (Problem(rel, f"cannot read the file ({exc.strerror or exc}); skipped"),)
    if len(data) > MAX_BYTES:
        return None, (Problem(rel, f"file too large (over {MAX_BYTES:,} bytes); skipped"),)
    return decode(data, rel)


def _sidecar_for(root: Path, stem: str, found: list[Path]) -> tuple[Path | None, Problem | None]:
    """The sidecar of the article whose file name's stem is ``stem`` among ``found``
    (same name in any letter case, .yml/.yaml), the exact-case one first, or why it is
    not used."""
    ordered = sorted(found, key=lambda c: (c.stem != stem, c.name))
    for candidate in ordered:
        rel = candidate.relative_to(root).as_posix()
        if candidate.is_symlink():
            try:
                inside = candidate.resolve(strict=True).is_relative_to(root)
            except (OSError, RuntimeError):
                inside = False
            if not inside:
                return None, Problem(rel, "symlink pointing outside the seeds folder; not followed")
        if candidate.is_file():
            return candidate, None
    return None, None


def slugify(stem: str) -> str:
    """A URL-safe id from a file stem: ASCII, lowercase, dashes."""
    ascii_ = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    return NOT_SLUG.sub("-", ascii_.lower()).strip("-") or "article"


def assign_ids(sources: Iterable[str]) -> dict[str, str]:
    """A unique, stable id for every input file name (its page's slug).

    Names that would give the same slug each get a suffix from a hash of their own
    name, so an id never depends on which other files exist or on listing order.
    """
    names = sorted(set(sources))
    counts = Counter(slugify(Path(n).stem) for n in names)
    ids: dict[str, str] = {}
    for n in names:
        slug = slugify(Path(n).stem)
        if counts[slug] > 1 or slug in RESERVED_IDS:
            slug = f"{slug}-{hashlib.sha1(n.encode('utf-8')).hexdigest()[:8]}"
        ids[n] = slug
    return ids
