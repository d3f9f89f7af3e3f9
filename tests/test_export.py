"""docs/briefing.json and docs/timeline.json: the shapes CONTRACT.md and TimelineJS expect."""
from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.render.export import dump_lines

ARTICLE_KEYS = {"id", "source", "title", "title_derived", "date", "date_inferred", "publisher", "author",
                "location", "kind", "body", "removed"}


def test_briefing_json_follows_the_contract(seeds_briefing):
    docs, result = seeds_briefing
    data = json.loads((docs / "briefing.json").read_text(encoding="utf-8"))
    for key in ("articles", "events", "quotes", "figures", "points", "conflicts"):
        assert isinstance(data[key], list), key
    ids = [a["id"] for a in data["articles"]]
    assert len(ids) == len(set(ids)) == 5
    for a in data["articles"]:
        assert ARTICLE_KEYS <= set(a)
        assert a["kind"] in ("news", "opinion", "analysis", None)
        assert all(set(r) >= {"text", "reason"} and r["reason"] for r in a["removed"])
    for e in data["events"]:
        assert e["date"] and e["label"] and e["mentions"]
        for m in e["mentions"]:
            assert set(m) >= {"article", "cue", "sentence", "inferred"} and m["article"] in ids
    for q in data["quotes"]:
        assert set(q) >= {"speaker", "text", "articles"} and set(q["articles"]) <= set(ids)
    for f in data["figures"]:
        assert set(f) >= {"value", "about", "article", "sentence"} and f["article"] in ids
    for p in data["points"]:
        assert set(p) >= {"label", "articles", "sentences"}
        assert all(s["article"] in ids and s["text"] for s in p["sentences"])
    for c in data["conflicts"]:
        assert c["about"] and len({v["article"] for v in c["values"]}) >= 2


def test_timeline_json_is_timelinejs(seeds_briefing):
    docs, result = seeds_briefing
    data = json.loads((docs / "timeline.json").read_text(encoding="utf-8"))
    assert "headline" in data["title"]["text"]
    for e in data["events"]:
        assert e["start_date"]["year"].isdigit()
        assert "<" not in e["text"]["headline"]


json_values = st.recursive(st.none() | st.booleans() | st.integers() | st.text(),
                           lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(), inner, max_size=4),
                           max_leaves=20)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(st.text(), json_values, max_size=6))
def test_dump_lines_is_json(data):
    assert json.loads(dump_lines(data)) == data
