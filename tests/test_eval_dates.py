"""The temporal evaluation: gold readers (offsets) on hand-made files, and floors on the gold sets."""

from __future__ import annotations

from conftest import shared_path
from eventwire.evaluate.dates import evaluate
from eventwire.evaluate.timeml import read_cat, read_timeml

TIMEML = """<?xml version="1.0" ?>
<TimeML><DOCID>x</DOCID>
<DCT><TIMEX3 tid="t0" type="DATE" value="2024-03-15" functionInDocument="CREATION_TIME">March 15, 2024</TIMEX3></DCT>
<TEXT>
Rebels <EVENT eid="e1">seized</EVENT> the port on <TIMEX3 tid="t1" type="DATE" value="2024-03-14">Thursday</TIMEX3>
and held it for <TIMEX3 tid="t2" type="DURATION" value="P2D">two days</TIMEX3>.
</TEXT></TimeML>
"""

CAT = """<?xml version="1.0" ?><Document doc_id="1" doc_name="x" lang="en">
<token number="0" sentence="0" t_id="1">Port</token>
<token number="1" sentence="0" t_id="2">seized</token>
<token number="2" sentence="1" t_id="3">March</token>
<token number="3" sentence="1" t_id="4">15</token>
<token number="4" sentence="1" t_id="5">,</token>
<token number="5" sentence="1" t_id="6">2024</token>
<token number="6" sentence="2" t_id="7">Rebels</token>
<token number="7" sentence="2" t_id="8">took</token>
<token number="8" sentence="2" t_id="9">it</token>
<token number="9" sentence="2" t_id="10">on</token>
<token number="10" sentence="2" t_id="11">Thursday</token>
<token number="11" sentence="2" t_id="12">.</token>
<token number="12" sentence="3" t_id="13">They</token>
<token number="13" sentence="3" t_id="14">left</token>
<token number="14" sentence="3" t_id="15">today</token>
<token number="15" sentence="3" t_id="16">.</token>
<Markables>
<TIMEX3 functionInDocument="CREATION_TIME" m_id="1" type="DATE" value="2024-03-15">
<token_anchor t_id="3"/><token_anchor t_id="4"/><token_anchor t_id="5"/><token_anchor t_id="6"/>
</TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="2" type="DATE" value="2024-03-14"><token_anchor t_id="11"/></TIMEX3>
<TIMEX3 functionInDocument="NONE" m_id="3" type="DATE" value="2024-02" TAG_DESCRIPTOR="x"/>
</Markables></Document>
"""


def test_timeml_reader_maps_offsets_into_the_plain_text(tmp_path):
    path = tmp_path / "doc.tml"
    path.write_text(TIMEML, encoding="utf-8")
    document = read_timeml(path)
    assert document.dct == "2024-03-15"
    assert [(t.text, t.value) for t in document.timexes] == [("Thursday", "2024-03-14"), ("two days", "P2D")]
    for timex in document.timexes:
        assert document.text[timex.start : timex.end] == timex.text
    assert "<" not in document.text


def test_cat_reader_rebuilds_text_and_skips_the_dct_and_empty_timexes(tmp_path):
    path = tmp_path / "doc.xml"
    path.write_text(CAT, encoding="utf-8")
    document = read_cat(path)
    assert document.text.splitlines() == [
        "Port seized",
        "March 15, 2024",
        "Rebels took it on Thursday.",
        "They left today.",
    ]
    assert document.dct == "2024-03-15"
    assert [(t.text, t.value) for t in document.timexes] == [("Thursday", "2024-03-14")]
    dct_start = document.text.index("March")
    last_line = document.text.index("They")
    assert any(s <= dct_start < e for s, e in document.ignore)  # the DCT line is not scored
    assert any(s <= last_line < e for s, e in document.ignore)  # nor the part nobody annotated


def test_tempeval3_platinum_floor(nlp):
    report = evaluate(shared_path("gold/dates/tempeval3_platinum"), nlp=nlp)
    assert report.items == 20
    # measured: value F1 0.829, relaxed 0.897, strict 0.837 (HeidelTime's published value F1: 0.776);
    # 0.823 / 0.898 / 0.838 since session 4 ('at the time' takes the date it refers to, TimeML PAST_REF);
    # value 0.840, anchored 0.874 in session 6 (year ranges)
    assert report.metrics["value_f1"] >= 0.83
    assert report.metrics["relaxed_f1"] >= 0.87
    assert report.metrics["strict_f1"] >= 0.81
    assert report.metrics["anchored_value_f1"] >= 0.86


def test_meantime_floor(nlp):
    report = evaluate(shared_path("gold/dates/meantime_en"), nlp=nlp)
    assert report.items == 120
    # measured: value F1 0.759, relaxed 0.865, strict 0.784; 0.767 / 0.874 / 0.796 in session 4; value
    # 0.783, anchored 0.828 in session 6
    assert report.metrics["value_f1"] >= 0.77
    assert report.metrics["relaxed_f1"] >= 0.84
    assert report.metrics["strict_f1"] >= 0.76
    assert report.metrics["anchored_value_f1"] >= 0.81
