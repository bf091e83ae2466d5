"""Error classes of the wire benchmark: where unmatched codings lose, on codings we write here."""

from __future__ import annotations

from eventwire.evaluate.wire_errors import class_counts, class_table, classify
from eventwire.evaluate.wire_match import Coding, score_article


def coding(kind: str, actor: str = "", recipient: str = "", date: str | None = None, joint: bool = False):
    return Coding(
        article="x1",
        type=kind,
        actor=frozenset(filter(None, actor.split(","))),
        recipient=frozenset(filter(None, recipient.split(","))),
        date=date,
        joint=joint,
    )


def kinds(gold, ours):
    return [case.kind for case in classify(score_article("x1", gold, ours))]


def test_a_matched_event_is_no_error():
    assert kinds([coding("ACCUSE", "FRA", "ITA")], [coding("ACCUSE", "FRA", "ITA")]) == []


def test_a_type_we_never_coded_is_a_missed_type():
    assert kinds([coding("SANCTION", "USA", "IRN")], [coding("ACCUSE", "USA", "IRN")]) == [
        "type missed: SANCTION",
        "false type: ACCUSE",
    ]


def test_recipient_errors_say_how_the_sets_differ():
    gold = [coding("REQUEST", "BRA", "ARG,URY"), coding("SUPPORT", "PER", "PER"), coding("AID", "JPN", "")]
    ours = [coding("REQUEST", "BRA", "ARG"), coding("SUPPORT", "PER", ""), coding("AID", "JPN", "PHL")]
    assert kinds(gold, ours) == [
        "recipient incomplete",
        "recipient missing",
        "recipient where gold has none",
    ]


def test_actor_swapped_and_both_wrong():
    gold = [coding("ACCUSE", "KEN", "UGA"), coding("THREATEN", "IND", "PAK"), coding("COERCE", "EGY", "SDN")]
    ours = [coding("ACCUSE", "TZA", "UGA"), coding("THREATEN", "PAK", "IND"), coding("COERCE", "LBY", "TCD")]
    assert kinds(gold, ours) == ["actor different", "sides swapped", "actor and recipient wrong"]


def test_meetings_and_joint_acts_compare_participants():
    gold = [coding("CONSULT", "CHL,PER", ""), coding("COOPERATE", "GHA,TGO", "", joint=True)]
    ours = [coding("CONSULT", "CHL", "PER,BOL"), coding("COOPERATE", "GHA", "")]
    assert kinds(gold, ours) == ["participants with extra countries", "participants incomplete"]


def test_each_missed_event_takes_the_closest_leftover_of_its_type():
    gold = [coding("PROTEST", "ARM", "AZE")]
    ours = [coding("PROTEST", "GEO", "TUR"), coding("PROTEST", "ARM", "TUR")]
    cases = classify(score_article("x1", gold, ours))
    assert [(case.kind, case.ours) for case in cases] == [
        ("recipient different", ours[1]),
        ("extra event of a gold type", ours[0]),
    ]


def test_the_table_counts_each_group_and_orders_by_the_first():
    first = [
        score_article("a", [coding("AID", "NOR", "SOM")], []),
        score_article("b", [coding("AID", "NOR", "SOM")], [coding("RETREAT", "ETH", "ERI")]),
    ]
    second = [score_article("c", [], [coding("RETREAT", "ETH", "ERI"), coding("RETREAT", "ERI", "ETH")])]
    assert class_counts(first) == {"type missed: AID": 2, "false type: RETREAT": 1}
    header, *rows = class_table([("development", first), ("held out", second)])
    assert "development" in header and "held out" in header
    assert rows[0].split() == ["type", "missed:", "AID", "2", "0"]
    assert rows[1].split() == ["false", "type:", "RETREAT", "1", "2"]
