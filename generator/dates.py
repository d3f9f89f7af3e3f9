"""Date expressions in news text: find them and resolve them (CONTRACT.md ``dates``).

A rule-based temporal tagger in the spirit of HeidelTime, written for news prose:

* a list of regular-expression alternatives describes every candidate (absolute dates
  in every common order, ranges, quarters, seasons, decades, named days,
  anchor-relative words such as "yesterday" or "last week", event-relative words such
  as "two days later", and the vague references "now", "recently", "soon"); one scan
  finds the words that can open a date, and at each only the alternatives that word
  can open are tried, combined into one compiled expression, in priority order;
* a small handler per kind of match checks the context (is "May" a month here? is
  "2000" a year or a count?) and resolves the value against the article's
  publication date (the anchor), the previous date of the text (for "the following
  day") or, for an undated article, the corpus year (flagged ``inferred``).

Values follow TimeML: ``2019``, ``2019-09``, ``2019-09-10``, ``2019-W37``,
``2019-W37-WE``, ``2019-Q3``, ``2019-H1``, ``2019-SU``, ``199X`` (a decade), ``19``
(a century), intervals ``a/b``, and ``PRESENT_REF``/``PAST_REF``/``FUTURE_REF``.
Durations ("for five years", "the next five years", "in over two months") are not
points in time: they are recognised so that their words are not misread, then left
out of the output. A year-less date with no anchor and no corpus year gets an
``XXXX`` year.
"""
from __future__ import annotations

import datetime
import re
from collections.abc import Sequence
from dataclasses import dataclass

from dateutil.easter import easter
from dateutil.relativedelta import relativedelta

from .date_patterns import (
    AUX_BEFORE,
    CLAUSE_END,
    COORDINATION,
    COUNT_AFTER,
    COUNT_BEFORE,
    DATE_PREPS,
    DETERMINER_BEFORE,
    DISPATCH,
    FINANCE,
    MONTH_LIST_AFTER,
    MONTHS,
    NAME_BEFORE,
    NEXT_WORD,
    NUMBER_WORDS,
    ORDINALS,
    PATTERNS,
    PREV_WORD,
    SEASON_START,
    SEASONS,
    SUPERLATIVE_BEFORE,
    TENSE_MARK,
    TRIGGER,
    WEEKDAY_TITLES,
    WEEKDAYS,
    YEAR_PLURAL_OK,
    compiled,
)
from .models import TimeExpr

Date = datetime.date

VAGUE = frozenset({"PRESENT_REF", "PAST_REF", "FUTURE_REF"})


# ---------------------------------------------------------------------------
# Building blocks of the combined expression (strings, compiled once below).


@dataclass(slots=True)
class _Ctx:
    """What a resolution needs: the text, its anchor, the corpus year, the last date seen."""

    text: str
    anchor: Date | None
    anchor_inferred: bool
    year: int | None
    ref: tuple[Date, str] | None = None  # the previous resolved date and its granularity
    ref_inferred: bool = False  # whether that date rests on a guess


@dataclass(slots=True, frozen=True)
class _Res:
    value: str
    inferred: bool = False
    ref: tuple[Date, str] | None = None  # what "the following day" would refer to after this


_SKIP = _Res("")  # a duration: consume it, emit nothing


# ---------------------------------------------------------------------------
# Public API


def tag(text: str, anchor: datetime.date | None = None, *, anchor_inferred: bool = False,
        year: int | None = None) -> list[TimeExpr]:
    """Every date expression in text, in order, resolved against anchor (the article's
    publication date). start/end are offsets into text. inferred=True when the value
    depends on an anchor or year that was guessed (anchor_inferred, or `year` used as
    the fallback year for a year-less date when anchor is None).

    Durations are left out; expressions that cannot be resolved (relative ones with no
    anchor) are left out; a year-less date with neither anchor nor year gets ``XXXX``.
    """
    return _scan(_Ctx(text, anchor, anchor_inferred, year))


def tag_texts(texts: Sequence[str], anchor: datetime.date | None = None, *, anchor_inferred: bool = False,
              year: int | None = None) -> list[list[TimeExpr]]:
    """``tag`` of each text, read in order as one document: "the following day" in one
    text refers to the last date of an earlier one."""
    ctx = _Ctx("", anchor, anchor_inferred, year)
    out = []
    for text in texts:
        ctx.text = text
        out.append(_scan(ctx))
    return out


def timeline_worthy(value: str) -> bool:
    """True for a value that is a point or stretch of calendar time (not vague, not XXXX)."""
    return bool(value) and value not in VAGUE and not value.startswith("X")


# ---------------------------------------------------------------------------
# Scanning


def _scan(ctx: _Ctx) -> list[TimeExpr]:
    text = ctx.text
    out: list[TimeExpr] = []
    pos = 0
    # Try the alternatives only where a word that can open a date starts, and only those
    # that word can open: far cheaper than trying every alternative at every word.
    for tok in TRIGGER.finditer(text):
        at = tok.start()
        if at < pos:
            continue
        word = tok.group(0)
        guard, names = DISPATCH["D" if word[0].isdigit() else "'" if word == "’" else word.lower()]
        res = m = None
        while names:
            m = compiled(guard, names).match(text, at)
            if m is None:
                break
            kind = m.lastgroup or ""
            res = _HANDLERS[kind](m, ctx)
            if res is not None:
                break
            # Not a date read this way ("2014 and 2015" is no range): try the
            # alternatives after this one at the same place.
            names = names[names.index(kind) + 1:]
        if res is None or m is None:
            continue
        pos = m.end()
        if res is _SKIP:
            continue
        start, end = _trim_span(text, m.start(), m.end())
        out.append(TimeExpr(start, end, text[start:end], res.value, res.inferred))
        if res.ref is not None:
            ctx.ref, ctx.ref_inferred = res.ref, res.inferred
    return out


# A preposition that opens a match but is not part of the date ("on Tuesday", "in the
# coming weeks"); "from"/"between" stay, they belong to a range.
LEAD_PREP = re.compile(r"(?:on|in|at|over|during)\s+(?=\S)", re.I)


def _trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a leading preposition and trailing white space/commas from a match."""
    head = LEAD_PREP.match(text, start, end)
    if head:
        start = head.end()
    while end > start and text[end - 1] in " \t\n,":
        end -= 1
    return start, end


# ---------------------------------------------------------------------------
# Small helpers


def _month(word: str) -> int:
    return MONTHS[word[:3].lower()]


def _day(word: str) -> int:
    return int(re.match(r"\d+", word).group(0))  # type: ignore[union-attr]


def _num(word: str) -> int | None:
    """A count as a number; None for a vague quantity ("several")."""
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return NUMBER_WORDS.get(w)


def _unit(word: str) -> str:
    w = word.lower().rstrip("s")
    return "week2" if w == "fortnight" else w


def _fmt_month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _fmt_week(d: Date) -> str:
    iso = d.isocalendar()
    return f"{iso[0]:04d}-W{iso[1]:02d}"


def _safe_date(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def _prev_word(text: str, start: int) -> str:
    m = PREV_WORD.search(text[max(0, start - 40):start])
    return m.group(1).lower() if m else ""


def _prev_words(text: str, start: int, n: int = 3) -> list[str]:
    return [w.lower() for w in re.findall(r"[A-Za-z$£€]+", text[max(0, start - 50):start])][-n:]


def _next_word(text: str, end: int) -> str:
    m = NEXT_WORD.match(text, end)
    return m.group(1) if m else ""


def verb_tense(text: str, start: int, end: int, present: bool = False) -> str | None:
    """'future', 'past' or None: the nearest tense marker in the clause around a date.
    With ``present`` (for weekdays, a week's span at most) a present-tense copula
    before the date counts as a weak future marker."""
    left = max(0, start - 120)
    cut = [c.end() for c in CLAUSE_END.finditer(text, left, start)]
    left = cut[-1] if cut else left
    right_m = CLAUSE_END.search(text, end, min(len(text), end + 120))
    right = right_m.start() if right_m else min(len(text), end + 120)
    best: tuple[int, str] | None = None
    for m in TENSE_MARK.finditer(text, left, right):
        name = m.lastgroup or ""
        if start <= m.start() < end:
            continue
        if name == "past" and AUX_BEFORE.search(text, max(left, m.start() - 30), m.start()):
            continue  # "will be published", "unless extended": participles, not past tense
        if name == "past" and DETERMINER_BEFORE.search(text, max(left, m.start() - 8), m.start()):
            continue  # "the flooded estate", "a planned visit": adjectives, not past tense
        if m.end() <= start:
            dist = start - m.end() + 40 * text.count(",", m.end(), start)
        else:
            dist = m.start() - end + 40 * text.count(",", end, m.start())
        # Another verb phrase ("kept rates in September and will decide"): a marker
        # across "and"/"but" belongs to it, not to this date.
        between = text[end:m.start()] if m.start() >= end else text[m.end():start]
        dist += 60 * len(COORDINATION.findall(between))
        word = m.group(0).lower()
        if name == "present":
            if not present or m.start() >= end:
                continue  # "on Tuesday is a holiday": the date is the subject, not the time
            name, dist = "future", dist + 25  # weaker than any verb of its own
        if name == "future" and word == "would" and m.start() >= end:
            dist += 15  # weak: "said on Tuesday it would appeal" is about Tuesday past
        if name == "future" and word == "until" and (
                m.start() >= end or re.search(r"\bfrom\b", text[max(left, m.start() - 40):m.start()], re.I)):
            continue  # "from Saturday until Sunday": the end of a range, not a tense
        if best is None or dist < best[0]:
            best = (dist, name)
    return best[1] if best else None


def _base_year(ctx: _Ctx) -> tuple[int, bool] | None:
    """The year a year-less date falls back on, and whether it is a guess."""
    if ctx.anchor is not None:
        return ctx.anchor.year, ctx.anchor_inferred
    if ctx.year is not None:
        return ctx.year, True
    return None


def _pick_year_day(ctx: _Ctx, m: int, d: int, start: int, end: int) -> _Res:
    """Resolve a year-less day: the anchor's year, moved one year when tense says so."""
    if ctx.anchor is None:
        if ctx.year is None:
            return _Res(f"XXXX-{m:02d}-{d:02d}")
        day = _safe_date(ctx.year, m, d)
        return _Res(day.isoformat(), True, (day, "day")) if day else _Res(f"XXXX-{m:02d}-{d:02d}")
    a = ctx.anchor
    cands = [c for c in (_safe_date(a.year + k, m, d) for k in (-1, 0, 1)) if c]
    if not cands:
        return _Res(f"XXXX-{m:02d}-{d:02d}")
    pick = _pick_day(ctx, cands, start, end)
    return _Res(pick.isoformat(), ctx.anchor_inferred, (pick, "day"))


# A year-less day this close to the anchor is the nearest one: the verb's tense moves it to
# another year only when the nearest is farther ("said on 14 December" in a page of 6 December
# is next week's deadline, not last year's).
NEAR_DAYS = 31


def _pick_day(ctx: _Ctx, cands: list[Date], start: int, end: int, mode: str | None = None) -> Date:
    """Of the same calendar day in neighbouring years, the one the text means: the side
    the tense (or 'last'/'next') points to, else the nearest to the anchor."""
    a = ctx.anchor
    assert a is not None
    nearest = min(cands, key=lambda c: (abs((c - a).days), c > a))
    if mode is None and abs((nearest - a).days) <= NEAR_DAYS:
        return nearest  # a day within weeks of the anchor is that one, whatever a verb's tense says
    tense = mode or verb_tense(ctx.text, start, end)
    past = [c for c in cands if (c < a if mode else c <= a)]
    future = [c for c in cands if (c > a if mode else c >= a)]
    if tense in ("future", "next") and future:
        return min(future)
    if tense in ("past", "last") and past:
        return max(past)
    if tense == "this":
        return next((c for c in cands if c.year == a.year), cands[0])
    return min(cands, key=lambda c: (abs((c - a).days), c > a))


def _holiday(name: str, y: int) -> Date | None:
    """The date of a named day in year y (Western calendars)."""
    n = re.sub(r"\s+", " ", name.lower().replace("’", "'"))
    fixed = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
             "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
             "valentine's day": (2, 14), "halloween": (10, 31), "boxing day": (12, 26),
             "may day": (5, 1), "bastille day": (7, 14), "armistice day": (11, 11),
             "remembrance day": (11, 11)}
    if n in fixed:
        return Date(y, *fixed[n])
    if n.startswith("easter") or n == "good friday":
        shift = {"easter monday": 1, "good friday": -2}.get(n, 0)
        return easter(y) + datetime.timedelta(days=shift)
    if n.startswith("thanksgiving") or n == "black friday":
        first = Date(y, 11, 1)
        thursday = first + datetime.timedelta(days=(3 - first.weekday()) % 7 + 21)
        return thursday + datetime.timedelta(days=1 if n == "black friday" else 0)
    return None


def _pick_year_month(ctx: _Ctx, m: int, start: int, end: int, mode: str | None = None) -> _Res | None:
    """Resolve a year-less month the same way (mode 'last'/'next'/'this' forces a side)."""
    if ctx.anchor is None:
        if ctx.year is None:
            return _Res(f"XXXX-{m:02d}")
        if mode in ("last", "next"):
            return None  # "last July" with no anchor: nothing to count from
        return _Res(_fmt_month(ctx.year, m), True, (Date(ctx.year, m, 1), "month"))
    a = ctx.anchor
    here = (a.year, a.month)
    cands = [(a.year + k, m) for k in (-1, 0, 1)]
    if mode == "last":
        pick = max(c for c in cands if c < here)
    elif mode == "next":
        pick = min(c for c in cands if c > here)
    elif mode == "this":
        pick = (a.year, m)
    else:
        tense = verb_tense(ctx.text, start, end)
        nearest = min(cands, key=lambda c: (abs((c[0] - here[0]) * 12 + c[1] - here[1]), c > here))
        if abs((nearest[0] - here[0]) * 12 + nearest[1] - here[1]) <= 1:
            pick = nearest  # last month or next month: the tense cannot mean a year away
        elif tense == "future":
            pick = min(c for c in cands if c >= here)
        elif tense == "past":
            pick = max(c for c in cands if c <= here)
        else:
            pick = min(cands, key=lambda c: (abs((c[0] - here[0]) * 12 + c[1] - here[1]), c > here))
    return _Res(_fmt_month(*pick), ctx.anchor_inferred, (Date(pick[0], pick[1], 1), "month"))


def _year_res(y: int, inferred: bool = False) -> _Res:
    return _Res(f"{y:04d}", inferred, (Date(y, 1, 1), "year"))


def _day_res(d: Date, inferred: bool = False) -> _Res:
    return _Res(d.isoformat(), inferred, (d, "day"))


def _month_res(y: int, m: int, inferred: bool = False) -> _Res:
    return _Res(_fmt_month(y, m), inferred, (Date(y, m, 1), "month"))


# ---------------------------------------------------------------------------
# Handlers: one per alternative; each returns a result, _SKIP, or None (not a date).


def _h_skip(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    return _SKIP


def _h_vague(value: str):
    def handler(m: re.Match[str], ctx: _Ctx) -> _Res | None:
        word = m.group(0).lower()
        prev = _prev_word(ctx.text, m.start())
        if word == "soon" and prev == "as":  # "as soon as"
            return None
        return _Res(value)
    return handler


def _h_iso(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    d = _safe_date(int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"]))
    return _day_res(d) if d else None


def _h_num(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    a, b, y = int(m["num_a"]), int(m["num_b"]), int(m["num_y"])
    # Day first unless that is impossible (the common order outside the US).
    d = _safe_date(y, b, a) if b <= 12 else _safe_date(y, a, b)
    return _day_res(d) if d else None


def _h_isom(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    return _month_res(int(m["isom_y"]), int(m["isom_m"]))


def _h_rdm(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon = _month(m["rdm_m"])
    a, b = _day(m["rdm_a"]), _day(m["rdm_b"])
    return _day_range(ctx, m, mon, a, b, m["rdm_y"])


def _h_rmd(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon = _month(m["rmd_m"])
    a, b = _day(m["rmd_a"]), _day(m["rmd_b"])
    return _day_range(ctx, m, mon, a, b, m["rmd_y"])


def _day_range(ctx: _Ctx, m: re.Match[str], mon: int, a: int, b: int, y: str | None) -> _Res | None:
    if a >= b:
        return None
    if y:
        d1, d2 = _safe_date(int(y), mon, a), _safe_date(int(y), mon, b)
        inferred = False
    else:
        first = _pick_year_day(ctx, mon, a, m.start(), m.end())
        if first.value.startswith("X"):
            return _Res(f"XXXX-{mon:02d}-{a:02d}/XXXX-{mon:02d}-{b:02d}")
        yy = int(first.value[:4])
        d1, d2 = _safe_date(yy, mon, a), _safe_date(yy, mon, b)
        inferred = first.inferred
    if not d1 or not d2:
        return None
    return _Res(f"{d1.isoformat()}/{d2.isoformat()}", inferred, (d1, "day"))


def _h_rmm(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    conj = m["rmm_c"].strip().lower()
    if conj == "and" and not m["rmm_p"]:
        return None  # "in May and July": two months, not a range
    if conj in ("to", "until", "till", "through") and not m["rmm_p"] and not (m["rmm_ya"] or m["rmm_yb"]):
        prev = _prev_word(ctx.text, m.start())
        if prev not in DATE_PREPS:
            return None
    ma, mb = _month(m["rmm_a"]), _month(m["rmm_b"])
    yb = int(m["rmm_yb"]) if m["rmm_yb"] else None
    ya = int(m["rmm_ya"]) if m["rmm_ya"] else None
    inferred = False
    if ya is None and yb is None:
        first = _pick_year_month(ctx, ma, m.start(), m.end())
        if first is None or first.value.startswith("X"):
            return _Res(f"XXXX-{ma:02d}/XXXX-{mb:02d}")
        ya = int(first.value[:4])
        inferred = first.inferred
        yb = ya if mb >= ma else ya + 1
    elif ya is None:
        ya = yb if ma <= mb else yb - 1  # type: ignore[operator]
    elif yb is None:
        yb = ya if mb >= ma else ya + 1
    return _Res(f"{_fmt_month(ya, ma)}/{_fmt_month(yb, mb)}", inferred, (Date(ya, ma, 1), "month"))  # type: ignore[arg-type]


def _h_ryy(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    conj = m["ryy_c"].strip().lower()
    a = int(m["ryy_a"])
    braw = m["ryy_b"]
    b = int(braw) if len(braw) == 4 else (a // 100) * 100 + int(braw)
    if b <= a or b - a > 60:
        return None
    if conj == "and" and not m["ryy_p"]:
        return None
    if len(braw) == 2 and conj not in ("-", "–", "—", "/"):
        return None
    if conj == "/" and len(braw) == 4 and b - a != 1:
        return None
    if _prev_word(ctx.text, m.start()) in COUNT_BEFORE:
        return None
    return _Res(f"{a:04d}/{b:04d}", False, (Date(a, 1, 1), "year"))


def _h_dmy(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    d = _safe_date(int(m["dmy_y"]), _month(m["dmy_m"]), _day(m["dmy_d"]))
    return _day_res(d) if d else None


def _h_mdy(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    d = _safe_date(int(m["mdy_y"]), _month(m["mdy_m"]), _day(m["mdy_d"]))
    return _day_res(d) if d else None


def _h_mrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    base = _base_year(ctx)
    if base is None:
        return None
    rel = m["mrel_r"].split()[-1].lower()
    y = base[0] + {"this": 0, "last": -1, "next": 1}[rel]
    return _month_res(y, _month(m["mrel_m"]), base[1])


def _h_rmon(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    rel = m["rmon_r"].lower().split()
    mode = "this" if rel == ["this"] else ("next" if rel[-1] in ("next", "coming") else "last")
    return _pick_year_month(ctx, _month(m["rmon_m"]), m.start(), m.end(), mode)


def _h_modm(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon = _month(m["modm_m"])
    if m["modm_y"]:
        return _month_res(int(m["modm_y"]), mon)
    return _pick_year_month(ctx, mon, m.start(), m.end())


def _h_my(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    return _month_res(int(m["my_y"]), _month(m["my_m"]))


def _h_dm(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon, d = _month(m["dm_m"]), _day(m["dm_d"])
    if m["dm_m"].startswith("May") and not re.search(r"(?:st|nd|rd|th)$", m["dm_d"]):
        # "5 May" is a date, but "gave 5 May ..." rarely; accept unless a count word precedes.
        if _prev_word(ctx.text, m.start()) in COUNT_BEFORE:
            return None
    if _safe_date(2000, mon, d) is None:
        return None
    return _pick_year_day(ctx, mon, d, m.start(), m.end())


def _h_md(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    mon, d = _month(m["md_m"]), _day(m["md_d"])
    if _safe_date(2000, mon, d) is None:
        return None
    word = m["md_m"]
    if word in ("May", "March") and not re.search(r"(?:st|nd|rd|th)$", m["md_d"]):
        # "Theresa May 10 times": a surname after a capitalised first name.
        before = ctx.text[max(0, m.start() - 30):m.start()]
        name = NAME_BEFORE.search(before)
        if name and name.group(1).lower() not in DATE_PREPS | {"on", "at", "after", "before", "by"}:
            return None
    return _pick_year_day(ctx, mon, d, m.start(), m.end())


def _h_season(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    code = SEASONS[m["season_s"].lower()]
    mod = (m["season_mod"] or "").lower()
    rel = (m["season_r"] or "").lower().split()
    if m["season_y"]:
        return _Res(f"{int(m['season_y']):04d}-{code}", False, (Date(int(m["season_y"]), SEASON_START[code], 1), "season"))
    prev = _prev_word(ctx.text, m.start())
    after = ctx.text[m.end():m.end() + 4].lower()
    if not rel and not mod and prev not in ("in", "this", "last", "next", "during", "by", "until", "since", "over"):
        return None
    if not rel and mod == "the" and (after.startswith(" of") or prev not in DATE_PREPS | {"over"}):
        return None  # "the fall of Rome"
    if not rel and mod in ("early", "mid", "late") and prev not in DATE_PREPS:
        return None
    base = _base_year(ctx)
    if base is None:
        return None
    y, inferred = base
    month_now = ctx.anchor.month if ctx.anchor else None
    start_m = SEASON_START[code]
    if rel and rel[-1] in ("last", "past"):
        if month_now is None:
            return None
        y = y if start_m + 2 < month_now else y - 1
    elif rel and rel[-1] in ("next", "coming"):
        if month_now is None:
            return None
        y = y if start_m > month_now else y + 1
    elif not rel and month_now is not None:
        tense = verb_tense(ctx.text, m.start(), m.end())
        if tense == "past" and start_m > month_now:
            y -= 1
        elif tense == "future" and start_m + 2 < month_now:
            y += 1
    return _Res(f"{y:04d}-{code}", inferred, (Date(y, start_m, 1), "season"))


def _quarter_year(ctx: _Ctx, n: int, per_year: int, m: re.Match[str]) -> tuple[int, bool] | None:
    """The year of a year-less quarter (per_year=4) or half (per_year=2): the nearest
    one to the anchor, or the coming/past one when the tense says so."""
    base = _base_year(ctx)
    if base is None:
        return None
    y, inferred = base
    if ctx.anchor is None:
        return y, inferred
    size = 12 // per_year
    here = y * per_year + (ctx.anchor.month - 1) // size
    cands = [(y + k) * per_year + n - 1 for k in (-1, 0, 1)]
    # Future tense is not trusted here: "will report first-quarter results" is about a
    # quarter that has ended.
    if verb_tense(ctx.text, m.start(), m.end()) == "past":
        pick = max(c for c in cands if c <= here)
    else:
        pick = min(cands, key=lambda c: (abs(c - here), c > here))
    return pick // per_year, inferred


def _h_quarter(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    o = m["q_o"].lower()
    half = bool(m["q_half"])
    n = ORDINALS[o]
    if half:
        n = 2 if o in ("second", "2nd", "final", "last") else 1
        if n > 2:
            return None
    if not (m["q_y"] or m["q_r"] or m["q_the"]) and not FINANCE.search(
            ctx.text, max(0, m.start() - 150), min(len(ctx.text), m.end() + 150)):
        return None  # "scored in the second half": a game's half, not the year's
    if o == "last" and not (m["q_y"] or m["q_r"] or m["q_the"]):
        if half or ctx.anchor is None:
            return None
        q = (ctx.anchor.month - 1) // 3 - 1  # "last quarter": the one before the anchor's
        y = ctx.anchor.year + q // 4
        q = q % 4 + 1
        return _Res(f"{y:04d}-Q{q}", ctx.anchor_inferred, (Date(y, 1 + (q - 1) * 3, 1), "quarter"))
    code = f"H{n}" if half else f"Q{n}"
    if m["q_y"]:
        y, inferred = int(m["q_y"]), False
    elif m["q_r"]:
        base = _base_year(ctx)
        if base is None:
            return None
        r = m["q_r"].lower().split()[-1]
        y = base[0] + {"this": 0, "last": -1, "previous": -1, "next": 1, "following": 1}.get(r, 0)
        inferred = base[1]
    elif m["q_the"]:
        base = _base_year(ctx)
        if base is None:
            return None
        y, inferred = base
    else:
        got = _quarter_year(ctx, n, 2 if half else 4, m)
        if got is None:
            return None
        y, inferred = got
    return _Res(f"{y:04d}-{code}", inferred, (Date(y, 1 + (n - 1) * (6 if half else 3), 1), "quarter"))


def _h_qshort(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    k, n = m["qs_k"], int(m["qs_n"])
    if k == "H" and n > 2:
        return None
    raw = m["qs_y"]
    if raw:
        y, inferred = (int(raw) if len(raw) == 4 else 2000 + int(raw)), False
    else:
        got = _quarter_year(ctx, n, 4 if k == "Q" else 2, m)
        if got is None:
            return None
        y, inferred = got
    return _Res(f"{y:04d}-{k}{n}", inferred, (Date(y, 1 + (n - 1) * (3 if k == "Q" else 6), 1), "quarter"))


def _h_qrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if ctx.anchor is None:
        return None
    r = m["qrel_r"].lower().split()[-1]
    shift = {"this": 0, "current": 0, "last": -1, "previous": -1, "next": 1, "following": 1}[r]
    q = (ctx.anchor.month - 1) // 3 + shift
    y = ctx.anchor.year + q // 4
    q = q % 4 + 1
    return _Res(f"{y:04d}-Q{q}", ctx.anchor_inferred, (Date(y, 1 + (q - 1) * 3, 1), "quarter"))


def _h_decade(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    raw = m["dec_y"].lstrip("'’")
    if len(raw) == 2:
        y = (2000 if raw in ("00", "10") else 1900) + int(raw)
        if raw[0] not in "123456789":
            return None
        if not re.search("['’]", m.group(0)) and not m.group(0).lower().startswith("the"):
            prev = _prev_word(ctx.text, m.start())
            if prev not in ("in", "since", "the", "of", "during", "early", "late", "mid", "until"):
                return None  # "20s" as an age or a count
    else:
        y = int(raw)
    if y % 100 == 0 and y < 2000:
        return _Res(f"{y // 100:02d}", False, (Date(y, 1, 1), "century"))
    return _Res(f"{y // 10:03d}X", False, (Date(y, 1, 1), "decade"))


def _h_century(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    n = int(m["cen_n"])
    return _Res(f"{n - 1:02d}", False, (Date((n - 1) * 100, 1, 1), "century"))


def _h_mody(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y = int(m["mody_y"])
    if m["mody_h"]:
        h = 1 if m["mody_h"].lower() == "first" else 2
        return _Res(f"{y:04d}-H{h}", False, (Date(y, 1 + 6 * (h - 1), 1), "quarter"))
    return _year_res(y)


def _h_fiscal(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    raw = m["fis_y"]
    return _year_res(int(raw) if len(raw) == 4 else 2000 + int(raw))


def _h_dayrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if ctx.anchor is None:
        return None
    w = re.sub(r"\s+", " ", m.group(0).lower())
    if w.startswith("the day before"):
        shift = -2
    elif w.startswith("the day after"):
        shift = 2
    elif w.startswith(("yesterday", "last night")):
        shift = -1
    elif w.startswith("tomorrow"):
        shift = 1
    else:
        shift = 0
    return _day_res(ctx.anchor + datetime.timedelta(days=shift), ctx.anchor_inferred)


def _h_holiday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    name = m["hol_n"]
    if m["hol_y"]:
        d = _holiday(name, int(m["hol_y"]))
        return _day_res(d) if d else None
    if name.startswith("May") and not m["hol_r"] and _prev_word(ctx.text, m.start()) not in DATE_PREPS | {"on"}:
        return None  # "May Day rallies": a name, not a date on its own
    if ctx.anchor is None:
        if ctx.year is None:
            return None
        d = _holiday(name, ctx.year)
        return _day_res(d, True) if d else None
    rel = (m["hol_r"] or "").lower().split()
    mode = {"last": "last", "past": "last", "next": "next", "coming": "next", "this": "this"}.get(rel[-1]) if rel else None
    cands = [d for d in (_holiday(name, ctx.anchor.year + k) for k in (-1, 0, 1)) if d]
    if not cands:
        return None
    return _day_res(_pick_day(ctx, cands, m.start(), m.end(), mode), ctx.anchor_inferred)


def _h_unitrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    rel = m["ur_r"].lower().split()[-1]
    unit = m["ur_u"].lower()
    if rel == "the":
        if not m["ur_mod"] or not m["ur_mod"].lower().strip(" -").endswith("of"):
            return None  # "the year" alone is not a date; "the end of the year" is
        rel = "this"
    if rel == "same":
        return _relative_to_ref(ctx, unit, 0)
    shift = {"this": 0, "last": -1, "next": 1, "past": -1, "coming": 1}[rel]
    if unit == "year":
        base = _base_year(ctx)
        if base is None:
            return None
        return _year_res(base[0] + shift, base[1])
    if ctx.anchor is None:
        return None
    a, inf = ctx.anchor, ctx.anchor_inferred
    if unit == "month":
        d = a + relativedelta(months=shift)
        return _month_res(d.year, d.month, inf)
    if unit == "week":
        d = a + datetime.timedelta(weeks=shift)
        monday = d - datetime.timedelta(days=d.weekday())
        return _Res(_fmt_week(d), inf, (monday, "week"))
    if unit == "weekend":
        d = a + datetime.timedelta(weeks=shift)
        monday = d - datetime.timedelta(days=d.weekday())
        return _Res(_fmt_week(d) + "-WE", inf, (monday + datetime.timedelta(days=5), "week"))
    if unit == "decade":
        y = a.year + 10 * shift
        return _Res(f"{y // 10:03d}X", inf, (Date(y - y % 10, 1, 1), "decade"))
    if unit == "century":
        y = a.year + 100 * shift
        return _Res(f"{y // 100:02d}", inf, (Date(y - y % 100, 1, 1), "century"))
    return None


def _h_weekend(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    future = verb_tense(ctx.text, m.start(), m.end(), present=True) == "future"
    d = a if (a.weekday() >= 5 or future) else a - datetime.timedelta(weeks=1)
    monday = d - datetime.timedelta(days=d.weekday())
    return _Res(_fmt_week(d) + "-WE", ctx.anchor_inferred, (monday + datetime.timedelta(days=5), "week"))


# A weekday in the possessive ("Tuesday's vote"), and the words that put such a day ahead.
POSSESSIVE_AFTER = re.compile(r"['’]s\b")
AHEAD_BEFORE = re.compile(r"\b(?:ahead\s+of|before|for|until|awaiting|await)\s+(?:this\s+|next\s+)?$", re.I)


def _h_wd(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    wd = WEEKDAYS[m["wd_d"][:3].lower()]
    rel = re.sub(r"\s+", " ", (m["wd_r"] or "").lower())
    if not rel:
        nxt = _next_word(ctx.text, m.end())
        if nxt in WEEKDAY_TITLES:
            return None
        if _prev_word(ctx.text, m.start()) in ("black", "good", "super", "cyber", "bloody", "ash", "easter", "palm", "holy"):
            return None  # named days are not relative weekdays
    if rel.endswith(("the following", "the next", "the previous")):  # relative to the text's last date
        ref = ctx.ref
        if ref is None:
            return None
        base = ref[0]
        if "previous" in rel:
            delta = (base.weekday() - wd) % 7 or 7
            return _day_res(base - datetime.timedelta(days=delta), ctx.ref_inferred)
        delta = (wd - base.weekday()) % 7 or 7
        return _day_res(base + datetime.timedelta(days=delta), ctx.ref_inferred)
    if ctx.anchor is None:
        return None
    a = ctx.anchor
    if m["wd_w"] and not rel:  # "Tuesday last week": that weekday of the week named
        week = {"last": -1, "this": 0, "next": 1}[m["wd_w"].lower()]
        d = a - datetime.timedelta(days=a.weekday()) + datetime.timedelta(days=wd, weeks=week)
        return _day_res(d, ctx.anchor_inferred)
    if rel in ("last", "this past"):
        delta = (a.weekday() - wd) % 7 or 7
        d = a - datetime.timedelta(days=delta)
    elif rel in ("next", "this coming"):
        delta = (wd - a.weekday()) % 7 or 7
        d = a + datetime.timedelta(days=delta)
    elif rel == "this":
        d = a - datetime.timedelta(days=a.weekday()) + datetime.timedelta(days=wd)
    elif POSSESSIVE_AFTER.match(ctx.text, m.end()):
        # "into Tuesday's launch failure": a noun's day, told by its preposition ("ahead of
        # Tuesday's vote" is to come), not by the sentence's verb
        ahead = AHEAD_BEFORE.search(ctx.text, max(0, m.start() - 20), m.start())
        d = a + datetime.timedelta(days=(wd - a.weekday()) % 7) if ahead else \
            a - datetime.timedelta(days=(a.weekday() - wd) % 7)
    elif verb_tense(ctx.text, m.start(), m.end(), present=True) == "future":
        d = a + datetime.timedelta(days=(wd - a.weekday()) % 7)
    else:
        d = a - datetime.timedelta(days=(a.weekday() - wd) % 7)
    return _day_res(d, ctx.anchor_inferred)


def _shift(d: Date, unit: str, n: int) -> tuple[Date, str]:
    """d moved by n units, and the granularity the result keeps."""
    if unit in ("day", "hour", "minute"):
        return d + datetime.timedelta(days=n if unit == "day" else 0), "day"
    if unit == "week":
        return d + datetime.timedelta(weeks=n), "week"
    if unit == "week2":
        return d + datetime.timedelta(weeks=2 * n), "week"
    if unit == "month":
        return d + relativedelta(months=n), "month"
    if unit == "quarter":
        return d + relativedelta(months=3 * n), "quarter"
    if unit == "year":
        return d + relativedelta(years=n), "year"
    if unit == "decade":
        return d + relativedelta(years=10 * n), "decade"
    return d, "day"


def _format(d: Date, gran: str) -> str:
    if gran == "day":
        return d.isoformat()
    if gran == "week":
        return _fmt_week(d)
    if gran == "month":
        return _fmt_month(d.year, d.month)
    if gran == "quarter":
        return f"{d.year:04d}-Q{(d.month - 1) // 3 + 1}"
    if gran == "decade":
        return f"{d.year // 10:03d}X"
    return f"{d.year:04d}"


_GRAN_ORDER = {"day": 0, "week": 1, "month": 2, "season": 3, "quarter": 3, "year": 4, "decade": 5, "century": 6}


def _h_ago(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    n = _num(m["ago_n"])
    if n is None:
        return _Res("PAST_REF")
    if ctx.anchor is None:
        unit = _unit(m["ago_u"])
        if unit in ("year", "decade") and ctx.year is not None:
            d, gran = _shift(Date(ctx.year, 6, 15), unit, -n)
            return _Res(_format(d, gran), True, (d, gran))
        return None
    d, gran = _shift(ctx.anchor, _unit(m["ago_u"]), -n)
    return _Res(_format(d, gran), ctx.anchor_inferred, (d, gran))


def _relative_to_ref(ctx: _Ctx, unit: str, n: int) -> _Res | None:
    """A date n units after (or before) the previous date of the text."""
    ref = ctx.ref
    if ref is None:
        return None
    base, base_gran = ref
    if unit in ("morning", "afternoon", "evening", "night"):
        unit = "day"
    need = {"day": 0, "hour": 0, "minute": 0, "week": 1, "week2": 1, "weekend": 1, "month": 2,
            "quarter": 3, "year": 4, "decade": 5}.get(unit, 0)
    if _GRAN_ORDER.get(base_gran, 6) > need:
        return None  # "two days later" after "in 2019": no day to count from
    d, gran = _shift(base, unit, n)
    if base_gran == "day" and unit in ("week", "week2"):
        gran = "day"  # "a week later" after a day is a day
    elif unit in ("month", "quarter", "year") and base_gran in ("month", "quarter") \
            and _GRAN_ORDER[base_gran] < _GRAN_ORDER[gran]:
        gran = base_gran  # "a year earlier" after "the third quarter" is a quarter
    if unit == "weekend":
        monday = d - datetime.timedelta(days=d.weekday())
        return _Res(_fmt_week(d) + "-WE", ctx.ref_inferred, (monday, "week"))
    return _Res(_format(d, gran), ctx.ref_inferred, (d, gran))


def _h_evrel(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    n = _num(m["ev_n"])
    direction = m["ev_d"].lower()
    if n is None:
        return None
    sign = -1 if direction in ("earlier", "before", "prior") else 1
    return _relative_to_ref(ctx, _unit(m["ev_u"]), sign * n)


def _h_evday(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    if m["evd_w"]:
        w = m["evd_w"].lower()
        n = {"next": 1, "following": 1, "previous": -1, "preceding": -1, "same": 0}[w]
        return _relative_to_ref(ctx, m["evd_u"].lower(), n)
    if m["evd_w2"]:
        n = -1 if m["evd_d"].lower() in ("before", "earlier") else 1
        return _relative_to_ref(ctx, m["evd_w2"].lower(), n)
    if m["evd_that"].lower() == "this":
        return None  # "this morning", "this week": relative to the anchor, handled elsewhere
    return _relative_to_ref(ctx, m["evd_u3"].lower(), 0)


def _h_mon(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    word = m["mon_m"]
    prev = _prev_word(ctx.text, m.start())
    # "cover July and August" (but not "Theresa May, June Smith", "April and May Jones")
    after = MONTH_LIST_AFTER.match(ctx.text, m.end())
    listed = after is not None and not NAME_BEFORE.search(ctx.text, max(0, m.start() - 30), m.start()) \
        and not _next_word(ctx.text, after.end())[:1].isupper()
    if not listed and (prev not in DATE_PREPS or prev in ("the", "than", "as", "year", "years")) \
            and not SUPERLATIVE_BEFORE.search(ctx.text, max(0, m.start() - 40), m.start()):
        return None
    if prev in ("and", "or", "to") and not listed:
        # "May and June", "the year to June": after another month or a period word
        words = _prev_words(ctx.text, m.start(), 3)
        if len(words) < 2 or (words[-2][:3].lower() not in MONTHS
                              and words[-2].lower() not in ("year", "months", "quarter", "weeks", "period")):
            return None
    if word.startswith("May") and m["mon_pos"] and prev not in ("in", "since", "until", "by"):
        return None
    nxt = _next_word(ctx.text, m.end())
    if word in ("May", "Jan", "March", "June", "April", "August") and nxt[:1].isupper() and nxt not in ("I",):
        # "in May Smith said" is odd; "Jan Smith", "April Jones": a name
        if prev not in ("in", "since", "until", "during"):
            return None
    if word.rstrip(".") in ("Jan", "Mar", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Feb", "Apr") \
            and not word.endswith("."):
        if prev not in ("in", "since", "until", "by", "of", "during", "from"):
            return None
    return _pick_year_month(ctx, _month(word), m.start(), m.end())


def _h_year(m: re.Match[str], ctx: _Ctx) -> _Res | None:
    y = int(m["year_y"])
    text = ctx.text
    explicit = m.group(0).lower().startswith("the")
    prev = _prev_word(text, m.start())
    nxt = _next_word(text, m.end())
    nxt_l = nxt.lower()
    if explicit:
        return _year_res(y)
    if prev in COUNT_BEFORE or nxt_l in COUNT_AFTER:
        return None
    if re.match(r"[^\S\n]*(?:[-–][^\S\n]*\d|[x×:]\d|\.\d|,\d)", text[m.end():m.end() + 4]):
        return None
    if re.search(r"[#№]\s*$|\+\s*$|\(\s*0\s*\)\s*$", text[max(0, m.start() - 3):m.start()]):
        return None
    if nxt in NAMED_BY_YEAR:
        return None  # "the 1922 Committee", "the 2030 Agenda": a body's name, not a date
    if m["year_pos"]:
        return _year_res(y)
    if prev in DATE_PREPS or prev.endswith(("'s", "’s")):
        if _plural(nxt_l) and nxt.islower() and prev not in ("the",) \
                and prev not in ("in", "since", "by", "until", "from", "during", "before", "after", "of",
                                 "through", "throughout"):
            return None
        return _year_res(y)
    if nxt in (".", ",", ";", ":", ")", "]", "!", "?", "\n", "", '"', "”", "’"):
        return _year_res(y) if 1900 <= y <= 2050 else None
    if nxt.islower() and nxt.isalpha():
        if nxt_l in ("was", "is", "will", "saw", "marked", "brought", "has", "had", "became", "began",
                     "ended", "proved", "promises", "looks", "remains", "seems", "could", "would", "might"):
            return _year_res(y)  # "2019 was a year of ..."
        if _plural(nxt_l):
            return None  # "2000 workers"
        return _year_res(y) if 1900 <= y <= 2050 else None
    return None


# Capitalised heads that make a year before them part of a name.
NAMED_BY_YEAR = frozenset("Committee Club Group Society Foundation Agenda Initiative Fund Movement Accord Project "
                          "Commission Coalition Alliance Network Campaign".split())


def _plural(word: str) -> bool:
    """A lower-case plural noun a bare number may count ("workers"), not "as" or "was"."""
    return (len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
            and word not in YEAR_PLURAL_OK)


# Each alternative's handler is the function _h_<its name>; the vague ones resolve to
# their TimeML value.
VAGUE_VALUES = {"vfut": "FUTURE_REF", "vpast": "PAST_REF", "vnow": "PRESENT_REF"}
_HANDLERS = {name: _h_vague(VAGUE_VALUES[name]) if name in VAGUE_VALUES else globals()[f"_h_{name}"]
             for name in PATTERNS}
